import fastifySwagger from '@fastify/swagger'
import fastifySwaggerUi from '@fastify/swagger-ui'
import { Problem } from '@onestop/contracts'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

/** The OpenAPI document generated from the contracts, at /api/openapi.json, and the explorer at /docs. */
export const openApiPlugin = fp(
  async (app: FastifyInstance) => {
    app.addSchema(Problem)
    await app.register(fastifySwagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'One Stop API',
          version: '1.0.0',
          description:
            'The API of One Stop, the system of a complex social services centre: families and case management, services and bookings, accommodation, trainings, projects, and partner municipalities. Every error is `application/problem+json` (RFC 9457). Sign in with `POST /api/v1/auth/login` and press **Authorize** with the `accessToken`.',
          license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
          contact: { name: 'One Stop maintainers', email: 'maintainers@onestop.example' },
        },
        servers: [{ url: '/', description: 'This server' }],
        tags: [
          { name: 'Authentication', description: 'Signing in and out, sessions and two-factor sign-in.' },
          { name: 'Users', description: 'Staff accounts, managed by admins.' },
          { name: 'Organisations', description: 'The centres and partners of this deployment.' },
          {
            name: 'Partnerships',
            description:
              'Agreements under which one organisation shares families with the staff of another, with the families’ consent.',
          },
          { name: 'Audit', description: 'Who did what to which record, when and from where.' },
          { name: 'Families', description: 'Intake, case status and the families a staff member may see.' },
          {
            name: 'Family members',
            description: 'Adults and children of a family; personal codes are encrypted.',
          },
          {
            name: 'Case team',
            description: "Who works on a family's case, and emergency (break-glass) access.",
          },
          { name: 'Needs assessments', description: 'Structured assessments of a family, area by area.' },
          {
            name: 'Case plans',
            description: "Goals, reviews with the family's and child's views, and what is overdue.",
          },
          {
            name: 'Case conferences',
            description: 'Multi-disciplinary meetings: participants, decisions, next steps.',
          },
          {
            name: 'Case notes',
            description: 'Team notes, amended with versions and annotations, never deleted.',
          },
          { name: 'Consents', description: 'Consent per person and purpose, with its full history.' },
          {
            name: 'Data protection',
            description: 'Subject access exports and anonymisation after the retention period.',
          },
          {
            name: 'Bookings',
            description: 'Appointments of specialists and rooms; nobody is ever booked twice.',
          },
          { name: 'Services', description: 'The service catalogue: what is delivered, by whom and where.' },
          { name: 'Sites and rooms', description: "The organisation's sites and their rooms." },
          { name: 'Staff schedules', description: 'Weekly working hours and absences of staff.' },
          {
            name: 'Calendar',
            description: 'Day and week calendars, my day, and iCalendar feeds for mail clients.',
          },
          { name: 'Health', description: 'Liveness of the API and its database.' },
        ],
        components: {
          securitySchemes: {
            bearerAuth: {
              type: 'http',
              scheme: 'bearer',
              bearerFormat: 'JWT',
              description: 'The `accessToken` from `POST /api/v1/auth/login`, valid for 15 minutes.',
            },
          },
        },
      },
      refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
    })
    app.get('/api/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, async () =>
      app.swagger(),
    )
    await app.register(fastifySwaggerUi, {
      routePrefix: '/docs',
      uiConfig: {
        persistAuthorization: true,
        deepLinking: true,
        displayOperationId: true,
        tryItOutEnabled: true,
      },
      staticCSP: true,
    })
  },
  { name: 'openapi' },
)
