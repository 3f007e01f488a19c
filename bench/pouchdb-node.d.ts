// The few parts of pouchdb-node the initial sync benchmark uses. Not the
// DefinitelyTyped package (@types/pouchdb-node): its pouchdb-core declares a
// global Buffer interface that merges into Node's and breaks type checking of
// every Buffer in the project.
declare module 'pouchdb-node' {
  class PouchDB {
    constructor(name: string);
    bulkDocs(docs: object[]): Promise<unknown[]>;
    info(): Promise<{ doc_count: number }>;
    replicate: { to(target: PouchDB): Promise<{ docs_written: number }> };
    close(): Promise<void>;
  }
  export = PouchDB;
}
