import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RelaxNGValidator, XmlDocument, XsdValidator } from 'libxml2-wasm';

/**
 * PFIF 1.4's schema, written from section 5 of the specification: the order-free RELAX NG
 * grammar (pfif-1.4.rng) and an XML Schema of the order whereabouts writes (pfif-1.4.xsd), both
 * validated by libxml2 (compiled to WebAssembly, a development dependency).
 */
const schema = (name: string): string => readFileSync(fileURLToPath(new URL(`../src/interchange/pfif/schema/${name}`, import.meta.url)), 'utf8');
let validators: [XsdValidator, RelaxNGValidator] | undefined;

/** The problems either schema finds in a document, or [] when it is valid PFIF 1.4. */
export function pfifSchemaProblems(xml: string): string[] {
  validators ??= [XsdValidator.fromDoc(XmlDocument.fromString(schema('pfif-1.4.xsd'))), RelaxNGValidator.fromDoc(XmlDocument.fromString(schema('pfif-1.4.rng')))];
  const doc = XmlDocument.fromString(xml);
  const problems: string[] = [];
  try {
    for (const validator of validators) {
      try {
        validator.validate(doc);
      } catch (error) {
        problems.push((error as Error).message);
      }
    }
  } finally {
    doc.dispose();
  }
  return problems;
}
