import { test, expect, pickZone, type Page } from '../fixtures';

// The CSV integration end to end, as an admin in Germany and one in Spain would do it:
// a sample exported with `;`, `DD.MM.YYYY` dates and `hh:mm` times under German
// headers → the schema wizard and its live preview → save → *Historical data import*
// of a file with one bad line (refused at exactly that line), then the corrected file
// → the summary's counts → *Apply data*.

const HEADER = 'Warteschlange;Datum;Uhrzeit;Angeboten;Angenommen;AHT';
const SAMPLE = [
  HEADER,
  'Hotline;02.03.2026;08:00;12;10;180',
  'Hotline;02.03.2026;08:15;9;9;200',
  'Vertrieb;02.03.2026;08:00;4;3;240',
].join('\r\n');
/** Line 4 (the header is line 1) has a date that does not exist. */
const BAD = [HEADER, 'Hotline;03.03.2026;08:00;12;10;180', 'Hotline;03.03.2026;08:15;9;9;200', 'Vertrieb;31.02.2026;08:00;4;3;240'].join('\n');
const GOOD = [HEADER, 'Hotline;03.03.2026;08:00;12;10;180', 'Hotline;03.03.2026;08:15;9;9;200', 'Vertrieb;04.03.2026;08:00;4;3;240'].join('\n');

/** With SCREENSHOTS=1 (for review, never asserted): the page at this step. */
async function shot(page: Page, name: string) {
  if (process.env.SCREENSHOTS) await page.screenshot({ path: `screenshots/csv/${name}.png`, fullPage: true });
}

function file(name: string, text: string) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
}

const L = {
  de: {
    locale: 'de-DE',
    dataType: 'Datentyp für Import', contact: 'Kontaktdaten',
    create: 'Erstelle ein neues CSV-Schema', browse: 'öffne deinen Datei-Explorer',
    separator: 'Spaltentrennzeichen der CSV-Datei', zone: 'Zeitzone', layout: 'Datenlayout',
    interval: 'Intervallbasiert', toMapping: 'Zur Spaltenzuordnung',
    queue: 'Queue-Name', date: 'Date', time: 'Time', offered: 'Offered', handled: 'Angenommene', aht: 'AHT',
    dateFormat: 'Datumsformat', timeFormat: 'Zeitformat', preview: 'Vorschau',
    editSchema: 'CSV-Schema bearbeiten', methodWarning: 'Ändern der Zuordnungsmethode überschreibt bestehendes CSV-Schema', useSql: 'Spaltenzuordnung über SQL-Abfrage',
    saveSchema: 'Schema speichern', saved: 'CSV-Schema wurde erfolgreich gespeichert',
    saveIntegration: 'Integration speichern', delete: 'Integration löschen', retry: 'Erneut versuchen', importTitle: 'Import historischer Daten',
    importFile: 'Datei importieren', check: 'Prüfung vor dem Hochladen', tryAgain: 'Versuche es noch einmal', failure: 'Import fehlgeschlagen', errorOnLine: 'Fehler in Zeile 4:',
    analyzed: 'Deine CSV-Datei wurde erfolgreich analysiert.', lines: 'importierte Zeilen',
    queues: 'importierte Queues', busy: 'Ein anderer Import dieser Integration wartet auf „Daten übernehmen“', apply: 'Daten übernehmen', success: 'Import erfolgreich',
    again: 'Eine weitere CSV-Datei hochladen', imports: 'Letzte Importe', applied: 'Übernommen', rejected: 'Abgelehnt',
  },
  es: {
    locale: 'es-ES',
    dataType: 'Tipo de datos a importar', contact: 'Datos de contacto',
    create: 'Crear un nuevo esquema CSV', browse: 'abre el explorador de archivos',
    separator: 'Separador de columna del archivo CSV', zone: 'Zona horaria', layout: 'Disposición de los datos',
    interval: 'Basado en intervalos', toMapping: 'Asignar las columnas',
    queue: 'Nombre de la cola', date: 'Fecha', time: 'Hora', offered: 'Entrantes', handled: 'Atendidos', aht: 'TMO',
    dateFormat: 'Formato de fecha', timeFormat: 'Formato de hora', preview: 'Vista previa',
    editSchema: 'Editar el esquema CSV', methodWarning: 'Cambiar el método de asignación sobrescribirá el esquema CSV existente', useSql: 'Usar una consulta SQL para asignar las columnas',
    saveSchema: 'Guardar esquema', saved: 'El esquema CSV se ha guardado correctamente',
    saveIntegration: 'Guardar integración', delete: 'Eliminar integración', retry: 'Volver a intentarlo', importTitle: 'Importar datos históricos',
    importFile: 'Importar fichero', check: 'Comprobación antes de cargar', tryAgain: 'Volver a intentarlo', failure: 'Ha fallado la importación', errorOnLine: 'Error en la línea 4:',
    analyzed: 'Se ha analizado de manera correcta tu fichero CSV.', lines: 'líneas importadas',
    queues: 'colas de datos importadas', busy: 'Otra importación de esta integración está esperando a que se pulse «Aplicar datos»', apply: 'Aplicar datos', success: 'Se ha importado correctamente',
    again: 'Cargar otro fichero CSV', imports: 'Últimas importaciones', applied: 'Aplicada', rejected: 'Rechazada',
  },
};

for (const lang of ['de', 'es'] as const) {
  const l = L[lang];
  test.describe(`CSV in ${lang}`, () => {
    test.use({ locale: l.locale });

    test('sample → mapping with preview → save → an import with a bad line, then the corrected file → Apply data', async ({ page }) => {
      await page.goto('/new/csv');
      await page.getByLabel('Name', { exact: true }).or(page.getByLabel('Nombre de la integración')).fill(`CSV ${lang}`);
      await page.getByLabel(l.dataType).selectOption({ label: l.contact });
      await page.getByRole('button', { name: l.create }).click();
      const wizard = page.getByRole('region', { name: l.create });
      await expect(wizard).toBeVisible();

      await wizard.getByLabel(l.browse).setInputFiles(file('export.csv', SAMPLE));
      await expect(wizard.getByLabel(l.separator)).toHaveValue('semicolon');
      await pickZone(page, l.zone, 'Berlin');
      await wizard.getByRole('radio', { name: l.interval }).check();
      await shot(page, `${lang}-1-setup`);
      await wizard.getByRole('button', { name: l.toMapping }).click();

      await wizard.getByLabel(l.queue, { exact: true }).selectOption('Warteschlange');
      await wizard.getByLabel(l.date, { exact: true }).selectOption('Datum');
      await expect(wizard.getByLabel(l.dateFormat)).toHaveValue('DD.MM.YYYY');
      await wizard.getByLabel(l.time, { exact: true }).selectOption('Uhrzeit');
      await expect(wizard.getByLabel(l.timeFormat)).toHaveValue('hh:mm');
      await wizard.getByLabel(l.offered, { exact: true }).selectOption('Angeboten');
      await wizard.getByLabel(l.handled, { exact: true }).selectOption('Angenommen');
      await wizard.getByLabel(l.aht, { exact: true }).selectOption('AHT');

      // 08:00 in Berlin on 2 March is 07:00 UTC.
      const preview = wizard.getByRole('table', { name: l.preview });
      await expect(preview.getByRole('row')).toHaveCount(4);
      await expect(preview.getByRole('row').nth(1)).toContainText('07:00');
      await expect(preview.getByRole('row').nth(3)).toContainText('Vertrieb');

      await shot(page, `${lang}-2-mapping-preview`);
      await wizard.getByRole('button', { name: l.saveSchema }).click();
      await expect(page.getByRole('status').filter({ hasText: l.saved })).toBeVisible();
      await page.getByRole('button', { name: l.saveIntegration }).click();
      await expect(page.getByRole('heading', { level: 1, name: `CSV ${lang}` })).toBeVisible();
      const integrationPage = page.url();

      // Editing keeps the schema and the sample's preview; switching to SQL warns first.
      await page.goto(`${integrationPage}/edit`);
      await page.getByRole('button', { name: l.editSchema }).click();
      const edit = page.getByRole('region', { name: l.editSchema });
      await edit.getByRole('button', { name: l.toMapping }).click();
      await expect(edit.getByLabel(l.queue, { exact: true })).toHaveValue('Warteschlange');
      await expect(edit.getByRole('table', { name: l.preview }).getByRole('row')).toHaveCount(4);
      await edit.getByLabel(l.useSql).check();
      await expect(edit.getByText(l.methodWarning)).toBeVisible();
      await page.goto(integrationPage);

      await page.getByRole('link', { name: l.importTitle }).click();
      await expect(page.getByRole('heading', { level: 1, name: l.importTitle })).toBeVisible();
      await page.getByLabel(l.browse).setInputFiles(file('maerz.csv', BAD));
      // The browser's check before uploading and the server's analysis name the same
      // line, and only that one.
      const check = page.getByLabel(l.check);
      await expect(check.getByText(l.errorOnLine)).toBeVisible();
      await expect(check.getByRole('listitem')).toHaveCount(1);
      await page.getByRole('button', { name: l.importFile }).click();
      const failure = page.getByRole('region', { name: l.failure });
      await expect(failure.getByText(l.errorOnLine)).toBeVisible();
      await expect(failure.getByRole('listitem')).toHaveCount(1);
      await shot(page, `${lang}-3-import-error`);

      await page.getByRole('button', { name: l.tryAgain }).click();
      await page.getByLabel(l.browse).setInputFiles(file('maerz.csv', GOOD));
      await page.getByRole('button', { name: l.importFile }).click();
      await expect(page.getByText(l.analyzed)).toBeVisible();
      const summary = page.getByRole('region').filter({ hasText: l.lines });
      await expect(summary).toContainText(new RegExp(`3\\s*${l.lines}`));
      await expect(summary).toContainText(new RegExp(`2\\s*${l.queues}`));
      // 08:00 in Berlin on 3 and 4 March.
      await expect(summary).toContainText('2026-03-03 07:00:00');
      await expect(summary).toContainText('2026-03-04 07:00:00');
      await shot(page, `${lang}-4-import-summary`);

      // The warning about several windows, made true: a second window's upload for the
      // same integration is refused while this one waits for Apply data.
      const other = await page.context().newPage();
      await other.goto(page.url());
      await other.getByLabel(l.browse).setInputFiles(file('maerz.csv', GOOD));
      await other.getByRole('button', { name: l.importFile }).click();
      await expect(other.getByText(l.busy)).toBeVisible();
      await other.close();

      await page.getByRole('button', { name: l.apply }).click();
      await expect(page.getByText(l.success)).toBeVisible();
      await expect(page.getByRole('button', { name: l.again }).or(page.getByRole('link', { name: l.again }))).toBeVisible();

      // The integration's page lists both uploads with their result.
      await page.goto(integrationPage);
      const imports = page.getByRole('table', { name: l.imports });
      await expect(imports.getByRole('cell', { name: l.applied, exact: true })).toHaveCount(1);
      await expect(imports.getByRole('cell', { name: l.rejected, exact: true })).toHaveCount(1);

      // Without its schema the edit page has no form, but the integration can still
      // be deleted (what stands below the form otherwise waits for it).
      await page.route('**/csv-schema', (route) => route.fulfill({ status: 503, body: '' }));
      await page.goto(`${integrationPage}/edit`);
      await expect(page.getByRole('alert').getByRole('button', { name: l.retry })).toBeVisible();
      await expect(page.getByRole('button', { name: l.delete })).toBeVisible();
      await expect(page.getByRole('button', { name: l.saveIntegration })).toHaveCount(0);
    });
  });
}
