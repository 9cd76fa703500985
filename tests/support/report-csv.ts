/** The report's CSV as rows by column name, and its Spanish header words, for the report tests. */
import { parse } from 'csv-parse/sync';

export type CsvRow = Record<string, string>;

export const reportRows = (csv: string): CsvRow[] => parse(csv, { columns: true }) as CsvRow[];

export const SPANISH_COLUMNS = ['periodo_desde', 'periodo_hasta', 'ambito', 'grupo', 'medida', 'valor', 'nota'];

/** A row of a Spanish CSV by its codes (scope, group, measure), which read the same in every language. */
export const spanishRowOf =
  (rows: readonly CsvRow[]) =>
  (scope: string, group: string, measure: string): CsvRow | undefined =>
    rows.find((row) => row.ambito === scope && row.grupo === group && row.medida === measure);
