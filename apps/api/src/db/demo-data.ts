import type { Profession, Role } from '@onestop/contracts'
import type { ORGANISATION_KINDS, ROOM_KINDS } from './schema/index.js'

/** The demo password of every demo login; listed in the README. */
export const DEMO_PASSWORD = 'OneStop-demo-2026'

interface DemoUser {
  email: string
  name: string
  roles: Role[]
  professions: Profession[]
}

interface DemoOrganisation {
  name: string
  kind: (typeof ORGANISATION_KINDS)[number]
  municipality: string
  sites: {
    name: string
    address: string
    rooms: { name: string; kind: (typeof ROOM_KINDS)[number]; capacity: number }[]
  }[]
  staff: DemoUser[]
}

const person = (email: string, name: string, roles: Role[], professions: Profession[] = []): DemoUser => ({
  email,
  name,
  roles,
  professions,
})

/** The organisation whose accommodation officer runs the demo shelter (see demo-accommodation.ts). */
export const ACCOMMODATION_DEMO_ORGANISATION = 'SOS vaikų kaimų Lietuvos draugijos „Vieno langelio“ centras'

// Drawn from shared/seeds: the SOS Children's Villages "One Stop" centre at Nadruvos g. 13 in Vilnius (000),
// and Kretinga's social services centre with its NGO partner (004).
export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    name: 'SOS vaikų kaimų Lietuvos draugijos „Vieno langelio“ centras',
    kind: 'centre',
    municipality: 'Vilniaus miesto savivaldybė',
    sites: [
      {
        name: 'Vieno langelio centras',
        address: 'Nadruvos g. 13, Vilnius',
        rooms: [
          { name: 'Konsultacijų kabinetas 1', kind: 'consultation', capacity: 3 },
          { name: 'Konsultacijų kabinetas 2', kind: 'consultation', capacity: 3 },
          { name: 'Mediacijos kambarys', kind: 'consultation', capacity: 6 },
          { name: 'Vaikų kambarys', kind: 'children', capacity: 8 },
          { name: 'Grupių salė', kind: 'group', capacity: 20 },
          { name: 'Judesio ir kūno studija', kind: 'group', capacity: 12 },
          { name: 'Laikinojo apgyvendinimo kambarys A', kind: 'accommodation', capacity: 4 },
          { name: 'Laikinojo apgyvendinimo kambarys B', kind: 'accommodation', capacity: 3 },
        ],
      },
    ],
    staff: [
      person('admin@onestop.example', 'Tomas Vaitkus', ['admin']),
      person('coordinator@onestop.example', 'Rasa Jankauskienė', ['coordinator'], ['social_worker']),
      person(
        'case.manager@onestop.example',
        'Jurgita Petraitienė',
        ['case_manager'],
        ['case_manager', 'social_worker'],
      ),
      person('specialist@onestop.example', 'Mindaugas Kazlauskas', ['specialist'], ['psychologist']),
      person('intake@onestop.example', 'Aistė Stankevičiūtė', ['intake'], ['social_worker']),
      person(
        'accommodation@onestop.example',
        'Darius Paulauskas',
        ['accommodation_officer'],
        ['social_worker'],
      ),
      person('lina.baranauskiene@onestop.example', 'Lina Baranauskienė', ['case_manager'], ['case_manager']),
      person('egle.zukauskaite@onestop.example', 'Eglė Žukauskaitė', ['specialist'], ['psychotherapist']),
      person('vytautas.urbonas@onestop.example', 'dr. Vytautas Urbonas', ['specialist'], ['psychiatrist']),
      person(
        'andrius.navickas@onestop.example',
        'Andrius Navickas',
        ['specialist'],
        ['addiction_consultant'],
      ),
      person('giedre.butkiene@onestop.example', 'Giedrė Butkienė', ['specialist'], ['lawyer']),
      person(
        'ruta.vasiliauskaite@onestop.example',
        'Rūta Vasiliauskaitė',
        ['specialist'],
        ['special_pedagogue'],
      ),
      person('saulius.ramanauskas@onestop.example', 'Saulius Ramanauskas', ['specialist'], ['mediator']),
      person('ieva.kavaliauskiene@onestop.example', 'Ieva Kavaliauskienė', ['specialist'], ['psychologist']),
    ],
  },
  {
    name: 'Kretingos socialinių paslaugų centras',
    kind: 'centre',
    municipality: 'Kretingos rajono savivaldybė',
    sites: [
      {
        name: 'Kretingos socialinių paslaugų centras',
        address: 'Kretinga',
        rooms: [
          { name: 'Vaikų konsultacijų kambarys', kind: 'children', capacity: 4 },
          { name: 'Psichoterapeuto kabinetas', kind: 'consultation', capacity: 3 },
          { name: 'Teisininko kabinetas', kind: 'consultation', capacity: 3 },
          { name: 'Terapinių grupių salė', kind: 'group', capacity: 20 },
          { name: 'Tėvystės įgūdžių klasė', kind: 'group', capacity: 12 },
        ],
      },
    ],
    staff: [
      person('admin@kretinga-spc.example', 'Vilma Rimkienė', ['admin']),
      person(
        'koordinatore@kretinga-spc.example',
        'Daiva Jonaitienė',
        ['coordinator', 'intake'],
        ['social_worker'],
      ),
      person('atvejo.vadybininke@kretinga-spc.example', 'Inga Mockienė', ['case_manager'], ['case_manager']),
      person('psichologe@kretinga-spc.example', 'Simona Petrauskienė', ['specialist'], ['psychologist']),
      person('psichoterapeutas@kretinga-spc.example', 'Marius Šimkus', ['specialist'], ['psychotherapist']),
      person(
        'priklausomybes@kretinga-spc.example',
        'Kęstutis Lukoševičius',
        ['specialist'],
        ['addiction_consultant'],
      ),
    ],
  },
  {
    name: 'Kretingos moterų informacijos ir mokymo centras',
    kind: 'ngo',
    municipality: 'Kretingos rajono savivaldybė',
    sites: [
      {
        name: 'Moterų informacijos ir mokymo centras',
        address: 'Kretinga',
        rooms: [
          { name: 'Konsultacijų kambarys', kind: 'consultation', capacity: 3 },
          { name: 'Savitarpio pagalbos grupių kambarys', kind: 'group', capacity: 14 },
        ],
      },
    ],
    staff: [
      person('vadove@kmimc.example', 'Jolanta Grigienė', ['admin', 'coordinator'], ['social_worker']),
      person('teisininke@kmimc.example', 'Asta Norkienė', ['specialist'], ['lawyer']),
      person('psichologe@kmimc.example', 'Laura Bielskienė', ['specialist'], ['psychologist']),
    ],
  },
  // The municipalities that refer families to the two centres (seeds 000 and 004), each with a live partnership
  // with its centre (demo-partners.ts); one admin each, who delivers no services here.
  {
    name: 'Vilniaus miesto savivaldybė',
    kind: 'municipality',
    municipality: 'Vilniaus miesto savivaldybė',
    sites: [],
    staff: [person('vtas@vilnius.example', 'Rūta Jankauskienė', ['admin'])],
  },
  {
    name: 'Kretingos rajono savivaldybė',
    kind: 'municipality',
    municipality: 'Kretingos rajono savivaldybė',
    sites: [],
    staff: [person('vtas@kretinga.example', 'Vilma Stonkienė', ['admin'])],
  },
]

/** Which centre works with which municipality under a partnership, as owner and partner. */
export const DEMO_MUNICIPAL_PARTNERSHIPS = [
  {
    centre: 'SOS vaikų kaimų Lietuvos draugijos „Vieno langelio“ centras',
    municipality: 'Vilniaus miesto savivaldybė',
    agreementReference: 'Bendradarbiavimo sutartis Nr. A72-2026/3',
  },
  {
    centre: 'Kretingos socialinių paslaugų centras',
    municipality: 'Kretingos rajono savivaldybė',
    agreementReference: 'Paslaugų sutartis Nr. SP-2026/11',
  },
] as const
