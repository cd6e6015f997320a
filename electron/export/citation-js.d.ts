/** The part of citation-js's API that Offprint uses (the package ships no types). */
declare module '@citation-js/core' {
  /** A CSL-JSON item as citation-js reads and writes it. */
  type CslData = Record<string, unknown>;

  /** A named registry of a plugin's resources (CSL styles, locales). */
  interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
    remove(name: string): void;
  }

  /** A list of CSL items that can be formatted as any registered output format. */
  export class Cite {
    constructor(data: CslData[]);
    format(format: 'bibliography', options: Record<string, unknown> & { asEntryArray: true }): [string, string][];
    format(format: string, options?: Record<string, unknown>): string;
  }

  /** citation-js's plugin registry: each plugin's configuration and its output formats. */
  export const plugins: {
    config: {
      get(plugin: '@csl'): { styles: Register<string>; locales: Register<string> };
      get(plugin: '@bibtex'): { format: { useIdAsLabel: boolean; checkLabel: boolean; asciiOnly: boolean } };
    };
    output: {
      format(format: 'bibtex', data: CslData[], options: { format: 'object' }): BibtexEntry[];
      format(format: 'ris', data: CslData[], options: { format: 'object' }): RisEntry[];
    };
  };

  /** One RIS record as the RIS plugin maps it: tag to value, or to several values for tags that repeat (AU). */
  type RisEntry = Record<string, string | number | (string | number)[]>;

  /** One BibTeX entry as the BibTeX plugin builds it before writing it out. */
  interface BibtexEntry {
    type: string;
    label: string;
    properties: Record<string, string>;
  }
}
