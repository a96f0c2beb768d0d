import type { IntakeFamilyBody } from '@onestop/contracts'
import { makePersonalCode } from '@onestop/contracts'
import type { Static } from 'typebox'
import { todayInVilnius } from '../lib/dates.js'

export interface DemoFamily {
  /** E-mail of the staff member who takes the family in. */
  takenInBy: string
  caseManager: string
  team: string[]
  intake: Omit<Static<typeof IntakeFamilyBody>, 'caseManagerId'>
  activate: boolean
}

const daysAgo = (days: number) => todayInVilnius(new Date(Date.now() - days * 86_400_000))

// Referral dates lie within their first-assessment deadline (15 working days, 3 when violence is reported)
// counted to the seeding day, so a freshly seeded family is due ahead, not overdue from its opening.
// Situations from shared/seeds: high-conflict divorces referred by the Vilnius child rights service (000),
// a mother and children after domestic violence, addiction (000, 004), a family at risk in Kretinga (004).
export const DEMO_FAMILIES: Record<string, DemoFamily[]> = {
  'SOS vaikų kaimų Lietuvos draugijos „Vieno langelio“ centras': [
    {
      takenInBy: 'intake@onestop.example',
      caseManager: 'case.manager@onestop.example',
      team: ['specialist@onestop.example', 'saulius.ramanauskas@onestop.example'],
      activate: true,
      intake: {
        municipality: 'Vilniaus miesto savivaldybė',
        referralSource: 'child_rights_service',
        referredAt: daysAgo(10),
        violenceOrDangerReported: false,
        riskFactors: ['high_conflict_separation'],
        recipientGroups: ['families_in_crisis'],
        members: [
          {
            givenName: 'Asta',
            familyName: 'Petrauskienė',
            birthDate: '1986-03-14',
            gender: 'woman',
            role: 'parent',
            personalCode: makePersonalCode('1986-03-14', true, 215),
          },
          {
            givenName: 'Tomas',
            familyName: 'Petrauskas',
            birthDate: '1984-11-02',
            gender: 'man',
            role: 'parent',
          },
          {
            givenName: 'Jonas',
            familyName: 'Petrauskas',
            birthDate: '2015-06-21',
            gender: 'man',
            role: 'child',
          },
          {
            givenName: 'Ugnė',
            familyName: 'Petrauskaitė',
            birthDate: '2019-01-09',
            gender: 'woman',
            role: 'child',
          },
        ],
      },
    },
    {
      takenInBy: 'intake@onestop.example',
      caseManager: 'lina.baranauskiene@onestop.example',
      team: ['giedre.butkiene@onestop.example', 'egle.zukauskaite@onestop.example'],
      activate: true,
      intake: {
        municipality: 'Vilniaus miesto savivaldybė',
        referralSource: 'child_rights_service',
        referredAt: daysAgo(1),
        violenceOrDangerReported: true,
        riskFactors: ['abuse_and_violence', 'housing_crisis'],
        recipientGroups: ['families_at_social_risk', 'children_at_social_risk'],
        members: [
          {
            givenName: 'Indrė',
            familyName: 'Kairienė',
            birthDate: '1991-08-30',
            gender: 'woman',
            role: 'parent',
            contacts: { phone: '+370 600 11223', address: 'Laikinasis apgyvendinimas, Vilnius' },
            contactsConfidential: true,
          },
          { givenName: 'Kajus', familyName: 'Kairys', birthDate: '2017-04-03', gender: 'man', role: 'child' },
          {
            givenName: 'Emilija',
            familyName: 'Kairytė',
            birthDate: '2021-12-12',
            gender: 'woman',
            role: 'child',
          },
        ],
      },
    },
    {
      takenInBy: 'case.manager@onestop.example',
      caseManager: 'case.manager@onestop.example',
      team: ['andrius.navickas@onestop.example'],
      activate: false,
      intake: {
        municipality: 'Vilniaus miesto savivaldybė',
        referralSource: 'self',
        riskFactors: ['dependence', 'lack_of_care_skills'],
        recipientGroups: ['adults_at_social_risk'],
        members: [
          {
            givenName: 'Darius',
            familyName: 'Vaitkevičius',
            birthDate: '1979-02-17',
            gender: 'man',
            role: 'parent',
          },
          {
            givenName: 'Lukas',
            familyName: 'Vaitkevičius',
            birthDate: '2012-10-05',
            gender: 'man',
            role: 'child',
          },
        ],
      },
    },
  ],
  'Kretingos socialinių paslaugų centras': [
    {
      takenInBy: 'koordinatore@kretinga-spc.example',
      caseManager: 'atvejo.vadybininke@kretinga-spc.example',
      team: ['psichologe@kretinga-spc.example', 'priklausomybes@kretinga-spc.example'],
      activate: true,
      intake: {
        municipality: 'Kretingos rajono savivaldybė',
        referralSource: 'child_rights_service',
        referredAt: daysAgo(12),
        riskFactors: ['dependence', 'abuse_and_violence'],
        recipientGroups: ['families_at_social_risk'],
        members: [
          {
            givenName: 'Rima',
            familyName: 'Stonkienė',
            birthDate: '1990-05-25',
            gender: 'woman',
            role: 'parent',
          },
          {
            givenName: 'Gabija',
            familyName: 'Stonkutė',
            birthDate: '2014-07-14',
            gender: 'woman',
            role: 'child',
          },
        ],
      },
    },
  ],
}
