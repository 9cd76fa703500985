/**
 * The people import's skipped rows, each with its reason in the admin's language: every row reason
 * the rules give (domain/people-import.ts), read back and written in Spanish in the DM report.
 */

import { describe, expect, it } from 'vitest';
import { peopleImportReport } from '../../src/blocks/admin.js';
import { parseImportFile, planImport, type ResolvedRow } from '../../src/domain/people-import.js';
import { translator } from '../../src/i18n/index.js';
import { textOf } from '../support/slack-ui.js';

const CSV = [
  'person,manager,role,team',
  'not-a-person,,,',
  'U0ANA,boss,,',
  `U0ANA,,,${'x'.repeat(81)}`,
  'nobody@example.com,,,',
  'U0ANA,nomanager@example.com,,',
  'U0ANA,,engineer-1,',
  'U0ANA,,,',
  'U0BOB,,unknown-role,',
  'U0CARL,U0CARL,,',
  'U0DANA,U0EVE,,',
  'U0EVE,U0DANA,,',
].join('\n');

describe('people import, row reasons in Spanish', () => {
  it('says why each row is skipped in the admin’s language, the cells as typed', () => {
    const parsed = parseImportFile(CSV);
    if (!parsed.ok) throw new Error(parsed.problem);
    const resolved = parsed.rows.map(
      (row): ResolvedRow => ({
        row,
        userId: row.person.kind === 'id' ? row.person.userId : null,
        managerUserId: row.manager === null ? undefined : row.manager.kind === 'id' ? row.manager.userId : null,
      }),
    );
    const plan = planImport(resolved, new Set(['engineer-1']), new Map(), parsed.problems);
    const report = peopleImportReport(
      { fileName: 'gente.csv', rows: 11, accepted: 1, skipped: plan.skipped },
      translator('es'),
    );
    const text = textOf(report.blocks).replaceAll('\\"', '"');
    for (const line of [
      '• línea 2: "not-a-person" no es ni un id de usuario de Slack ni un correo electrónico',
      '• línea 3: el responsable "boss" no es ni un id de usuario de Slack ni un correo electrónico',
      '• línea 4: el nombre del equipo supera los 80 caracteres',
      '• línea 5: nadie en este espacio de trabajo de Slack tiene nobody@example.com',
      '• línea 6: nadie en este espacio de trabajo de Slack tiene nomanager@example.com (el responsable)',
      '• línea 8: U0ANA ya está en la línea 7',
      '• línea 9: "unknown-role" no es una clave de rol del marco activo',
      '• línea 10: U0CARL no puede ser su propio responsable',
      '• línea 11: los vínculos con responsables formarían un bucle: U0DANA → U0EVE → U0DANA',
      '• línea 12: los vínculos con responsables formarían un bucle: U0EVE → U0DANA → U0EVE',
    ])
      expect(text).toContain(line);
    expect(report.text).toBe('Importación de personas: 1 importadas, 10 omitidas');
    expect(text).not.toMatch(/\b(line|no one|is already|cannot be)\b/);
  });
});
