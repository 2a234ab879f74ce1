/**
 * The public face of modules/certificates: what other modules (and the composition root, the demo data) may use of it.
 * Inside the module, files import each other directly; from outside, only this file is imported.
 */
export { certificatesModule } from './certificates.module';
export { drawLine, registerFonts, wrapLines } from './pdf-text';
export type { Doc, TextStyle } from './pdf-text';
