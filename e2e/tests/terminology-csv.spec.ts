import { test, expect, type Page } from '../fixtures';

// Terminology of the CSV schema wizard: the labels the CSV article of each language
// names in bold (add-csv-integration.md) appear verbatim in the wizard, on the page
// the article describes them (Setup, then Map columns). These labels are in no UI
// label file and not in ../shared/terminology.md, so the list lives here. Where an
// article spells one label two ways (nl: "Datum en tijd in een kolom" and "… één
// kolom"), the spelling of the section that describes the control is used.

const LABELS = {
  en: { locale: 'en-US', labels: ['CSV schema configuration', 'Type of import data', 'Contact data', 'Agent status', 'open your file explorer', 'Column separator of CSV file', 'Time zone', 'Layout of data', 'Contact-based', 'Interval-based', 'Handle missing values in intervals', 'Leave empty', 'Fill with zero', 'Preprocessing options', 'Add header row', 'Skip empty rows', 'Skip first rows', 'Skip row(s) containing', 'Map columns', 'Use SQL query to map columns', 'Date and time in one column', 'Queue name', 'Date', 'Time', 'Offered', 'Handled', 'AHT', 'Channel', 'Calls', 'No column', 'Custom date format'] },
  de: { locale: 'de-DE', labels: ['CSV-Schema-Konfiguration', 'Datentyp für Import', 'Kontaktdaten', 'Agentenstatus', 'öffne deinen Datei-Explorer', 'Spaltentrennzeichen der CSV-Datei', 'Zeitzone', 'Datenlayout', 'Kontaktbasiert', 'Intervallbasiert', 'Fehlende Werte in vorhandenen Intervallen behandeln', 'Leer lassen', 'Mit Null auffüllen', 'Vorverarbeitungsoptionen', 'Spaltenkopfzeile hinzufügen', 'Leere Zeilen überspringen', 'Überspringe die erste(n) Zeile(n)', 'Überspringe die Zeile(n) mit', 'Spalten zuordnen', 'Spaltenzuordnung über SQL-Abfrage', 'Datum und Uhrzeit in einer Spalte', 'Queue-Name', 'Date', 'Time', 'Offered', 'Angenommene', 'AHT', 'Kanal', 'Anrufe', 'Keine Spalte', 'Benutzerdefiniertes Datumsformat'] },
  nl: { locale: 'nl-NL', labels: ['CSV-schemaconfiguratie', 'Contactgegevens', 'open je bestandsverkenner', 'Kolomscheidingsteken van CSV-bestand', 'Tijdzone', 'Layout van gegevens', 'Op contactbasis', 'Op intervalbasis', 'Behandel ontbrekende waarden in intervallen', 'Leeg laten', 'Vullen met nul', 'Voorbewerkingsopties', 'Kopregel toevoegen', 'Lege regels overslaan', 'Regel(s) overslaan die de volgende inhoud bevatten', 'Kolommen toewijzen', 'SQL-query gebruiken om kolommen toe te wijzen', 'Naam van queue', 'Datum', 'Aangeboden', 'Behandeld', 'AHT', 'Kanaal', 'Oproepen', 'Geen kolom', 'Aangepast datumformaat'] },
  it: { locale: 'it-IT', labels: ['Configurazione dello schema CSV', 'Tipo di dati da importare', 'Dati sui contatti', 'apri il tuo file explorer', 'Separatore di colonna del file CSV', 'Fuso orario', 'Layout dei dati', 'Per contatto', 'Per intervallo', 'Gestione dei valori mancanti negli intervalli', 'Lasciare vuoto', 'Riempire con zero', 'Opzioni di pre-elaborazione', 'Aggiungi riga di intestazione', 'Salta le righe vuote', 'Salta le prime righe', 'Salta le righe contenenti', 'Mappare le colonne', 'Utilizza una query SQL per mappare le colonne', 'Date e ora nella stessa colonna', 'Nome Coda', 'Data', 'Ora', 'Entranti', 'Gestiti', 'AHT', 'Canale', 'Chiamate', 'Nessuna colonna', 'Formato data personalizzato'] },
  fr: { locale: 'fr-FR', labels: ['Configuration du schéma CSV', 'Données sur les contacts', 'ouvrez votre explorateur de fichier', 'Séparateur de colonnes du fichier CSV', 'Fuseau horaire', 'Par contact', 'Par intervalle', 'Traitement des données manquantes dans les intervalles', 'Laisser vide', 'Remplir avec des zéros', 'Ajouter une ligne d’en-tête', 'Ignorer les lignes vides', 'Ignorer les premières lignes', 'Ignorer les lignes contenant', 'Mapping des colonnes', 'Utiliser une requête SQL pour mapper les colonnes', 'Date et heure dans la même colonne', 'File d’attente', 'Date', 'Heure', 'Reçus', 'Traités', 'TMT', 'Média', 'Appels', 'Aucune colonne', 'Format de date personnalisé'] },
  es: { locale: 'es-ES', labels: ['Datos de contacto', 'abre el explorador de archivos', 'Separador de columna del archivo CSV', 'Zona horaria', 'Disposición de los datos', 'Basado en contactos', 'Basado en intervalos', 'Gestión de los valores faltantes en los intervalos', 'Dejar vacío', 'Rellenar con cero', 'Opciones de preprocesamiento', 'Añadir fila de encabezado', 'Omitir filas vacías', 'Asignar columnas', 'Usar una consulta SQL para asignar las columnas', 'Fecha y hora en una columna', 'Nombre de la cola', 'Hora', 'Entrantes', 'Atendidos', 'TMO', 'Canal', 'Llamadas', 'Sin columna', 'Formato de fecha personalizado'] },
};

const SAMPLE = 'Queue;Day;Clock;In;Done;Avg\nHotline;02.03.2026;08:00;12;10;180\n';

/** Everything the form and the wizard say, both wizard pages, options included. */
async function texts(page: Page): Promise<string> {
  return page.evaluate(() => (document.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' '));
}

for (const [lang, { locale, labels }] of Object.entries(LABELS)) {
  test.describe(`CSV terminology in ${lang}`, () => {
    test.use({ locale });
    test('every label the CSV article names appears verbatim in the wizard', async ({ page }) => {
      await page.goto('/new/csv');
      await expect(page.locator('#ixi-form-import_data_type')).toBeVisible();
      const form = await texts(page);
      const create = page.locator('#ixi-form-csv_schema');
      await page.locator('#ixi-form-import_data_type').selectOption('contact_data');
      await create.click();
      // The picker's link reads "open your file explorer" until a sample is chosen.
      await expect(page.locator('#ixi-csv-sample-status')).toBeAttached();
      const empty = await texts(page);
      await page.locator('#ixi-csv-sample-file').setInputFiles({ name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from(SAMPLE) });
      await expect(page.locator('#ixi-csv-sample-status')).toContainText('x.csv');
      const zone = page.locator('input[role=combobox]').first();
      await zone.fill('Berlin');
      await zone.press('ArrowDown');
      await zone.press('Enter');
      await page.locator('.ixi-csv-wizard .ixi-button-primary:visible').first().click();
      // The custom date format's label shows once the gear is pressed.
      await page.locator('#ixi-csv-col-date').selectOption('Day');
      await page.locator('.ixi-csv-gear').first().click();
      const all = form + empty + (await texts(page));
      const missing = labels.filter((l) => !all.includes(l));
      expect(missing, `labels of the ${lang} CSV article not found verbatim`).toEqual([]);
    });
  });
}
