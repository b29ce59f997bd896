import { test, expect, type Page } from '../fixtures';

// Terminology of the models added after the seed article: what the article of each new
// cloud model and the injixo Cloud Link article name in bold appears verbatim on the
// setup form they describe, in all six languages. Not in ../shared/terminology.md, so
// the lists live here. Left out: brand names, the articles' known slips (INDEX.md: the
// Spanish Talkdesk article names "Vonage", the French Cloud Link article leaves "PIN
// shown during installation" in English), and running-text mentions in lower case.

type Labels = Record<string, string[]>;
const FORMS: Record<string, Labels> = {
  vonage: {
    en: ['User credentials', 'Configuration'], de: ['Zugangsdaten', 'Konfiguration'], nl: ['Gebruikersgegevens', 'Configuratie'],
    it: ['Credenziali utente', 'Configurazione'], fr: ['Identifiants de l’utilisateur', 'Configuration'], es: ['Credenciales de usuario', 'Configuración'],
  },
  talkdesk: {
    en: ['User credentials', 'Configuration'], de: ['Zugangsdaten', 'Konfiguration'], nl: ['Gebruikersgegevens', 'Configuratie'],
    it: ['Credenziali utente', 'Configurazione'], fr: ['Identifiants de l’utilisateur', 'Configuration'], es: ['Credenciales de usuario', 'Configuración'],
  },
  ujet: {
    en: ['API credentials', 'Company key', 'Company secret code', 'Subdomain'], de: ['API-Zugangsdaten', 'Firmenschlüssel', 'Firmengeheimcode'],
    nl: ['API toegangsgegevens', 'Company-key', 'Company-secret-code'], it: ['Company key', 'Company secret code', 'Sottodominio'],
    fr: ['Identifiants API', 'Sous-domaine'], es: ['Credenciales de la API', 'Clave de empresa', 'Código secreto de empresa', 'Subdominio'],
  },
  odigo: {
    en: ['Credentials', 'Contact data', 'Import detailed break agent statuses', 'Generate injixo URL token'],
    de: ['Anmeldedaten', 'Kontaktdaten', 'Agentenstatus Pause mit Details importieren', 'injixo URL-Token erzeugen'],
    nl: ['Aanmeldgegevens', 'Contactgegevens', 'Agentstatus Pauze met details importeren', 'injixo-URL-token genereren'],
    it: ['Credenziali', 'Dati sui contatti', 'Importa i dettagli sugli stati degli agenti in pausa', 'Genera token URL injixo'],
    fr: ['Identifiants', 'Données sur les contacts', 'Importer les statuts agent de pause détaillés', 'Générer un jeton d’URL injixo'],
    es: ['Credenciales', 'Datos de contacto', 'Importar detalles de los estados de pausa de los agentes', 'Generar token de URL injixo'],
  },
  // The injixo Cloud Link section, on the Mitel form (Windows, then Linux chosen).
  mitel: {
    en: ['injixo Cloud Link', 'Download for Windows 64-bit', 'Download for Linux 64-bit', 'PIN shown during installation'],
    de: ['injixo Cloud Link', 'Herunterladen für Windows 64-bit', 'Herunterladen für Linux 64-bit', 'PIN, die während der Installation angezeigt wird'],
    nl: ['injixo Cloud Link', 'Download voor Windows 64-bit', 'Download voor Linux 64-bit', 'PIN die tijdens de installatie wordt weergegeven'],
    it: ['injixo Cloud Link', 'Scarica per Windows 64-bit', 'Scarica per Linux 64-bit', 'PIN mostrato durante l’installazione'],
    fr: ['injixo Cloud Link', 'Télécharger pour Windows 64-bit', 'Télécharger pour Linux 64-bit'],
    es: ['injixo Cloud Link', 'Descargar para Windows 64-bit', 'Descargar para Linux 64-bit', 'PIN mostrado durante la instalación'],
  },
};
const LOCALE: Record<string, string> = { en: 'en-US', de: 'de-DE', nl: 'nl-NL', it: 'it-IT', fr: 'fr-FR', es: 'es-ES' };

/** What the page says, whitespace folded, options of selects included. */
const texts = (page: Page) => page.evaluate(() => (document.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' '));

for (const lang of Object.keys(LOCALE)) {
  test.describe(`model terminology in ${lang}`, () => {
    test.use({ locale: LOCALE[lang] });
    test('the labels of the new models’ and injixo Cloud Link’s articles appear verbatim', async ({ page }) => {
      const missing: string[] = [];
      for (const [model, labels] of Object.entries(FORMS)) {
        await page.goto(`/new/${model}`);
        await expect(page.locator('form')).toBeVisible();
        let said = await texts(page);
        const os = page.locator('#ixi-form-cloud-link-os');
        if (await os.count()) {
          await os.selectOption('Linux');
          said += await texts(page);
        }
        for (const l of labels[lang]) if (!said.includes(l)) missing.push(`${model}: ${l}`);
      }
      expect(missing).toEqual([]);
    });
  });
}
