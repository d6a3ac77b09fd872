import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateXML, type XMLFileInfo, type XMLValidationResult } from 'xmllint-wasm';

/** The schemas copied into test/fixtures/xml-schemas (see its README): nothing is fetched at test time. */
const SCHEMAS = resolve(import.meta.dirname, '../fixtures/xml-schemas');

export const schemaFile = (folder: string, fileName: string): XMLFileInfo => ({ fileName, contents: readFileSync(resolve(SCHEMAS, folder, fileName), 'utf8') });

/** GraphML 1.0: graphml.xsd redefines the structure layer by its web address; the copy beside it stands in for that address. */
export function validateGraphml(xml: string): Promise<XMLValidationResult> {
  const main = schemaFile('graphml-1.0', 'graphml.xsd');
  const local = { fileName: main.fileName, contents: String(main.contents).replace('http://graphml.graphdrawing.org/xmlns/1.0/graphml-structure.xsd', 'graphml-structure.xsd') };
  return validateXML({ xml: [{ fileName: 'graph.graphml', contents: xml }], schema: [local], preload: [schemaFile('graphml-1.0', 'graphml-structure.xsd'), schemaFile('graphml-1.0', 'xlink.xsd')] });
}

/** GEXF 1.3 against its RelaxNG schema, the source its (broken) XSD is generated from. */
export function validateGexf(xml: string): Promise<XMLValidationResult> {
  return validateXML({
    xml: [{ fileName: 'graph.gexf', contents: xml }],
    schema: [schemaFile('gexf-1.3', 'gexf.rng')],
    preload: [schemaFile('gexf-1.3', 'dynamics.rng'), schemaFile('gexf-1.3', 'viz.rng')],
    extension: 'relaxng',
  });
}
