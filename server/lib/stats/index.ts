export {
  binomialCdf,
  binomialPmf,
  binomialTwoSidedP,
  binomialUpperTail,
  clopperPearson,
  poissonUpperTail,
} from './binomial.js';
export { betaQuantile, lnBeta, lnGamma, regularizedBeta } from './beta.js';
