export * from './certifications.js'
export * from './competence-matrix.js'
export * from './enrolment-rules.js'
export * from './methodologies.js'
