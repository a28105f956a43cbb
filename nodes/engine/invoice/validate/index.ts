export { problemCodes, type ProblemCode } from './problems';
export { defaultRequiredFields, validateInvoice, type ValidationOptions } from './validateInvoice';
