/** The part of xml-writer (no published types) that dynamic-gexf.ts uses. */
declare module 'xml-writer' {
  class XMLWriter {
    constructor(indent?: boolean | string);
    startDocument(version?: string, encoding?: string): this;
    endDocument(): this;
    startElement(name: string): this;
    endElement(): this;
    writeElement(name: string, content: string): this;
    writeAttribute(name: string, value: string): this;
    toString(): string;
  }
  export = XMLWriter;
}
