/** Texts of the results export, German and English. */
import type { Lang } from '../i18n/index.ts';

export const RESULTS_MESSAGES: Record<Lang, {
  readonly menu: string;
  readonly menuHint: string;
  readonly dailyCsv: string;
  readonly dailyJson: string;
  readonly kpisCsv: string;
  readonly kpisJson: string;
  readonly scenarioJson: string;
  readonly preparing: string;
  readonly notReady: string;
  readonly failed: string;
  readonly reproduce: string;
}> = {
  de: {
    menu: 'Ergebnisse exportieren',
    menuHint: 'Jede Datei nennt Szenario-Fingerabdruck, Seed, Politiken und Engine-Version; die Kommandozeile rechnet sie nach.',
    dailyCsv: 'Tageswerte je Einheit (CSV)',
    dailyJson: 'Tageswerte je Einheit, Flüsse, Kennzahlen (JSON)',
    kpisCsv: 'Kennzahlen (CSV)',
    kpisJson: 'Kennzahlen (JSON)',
    scenarioJson: 'Szenario (JSON)',
    preparing: 'Datei wird erstellt …',
    notReady: 'Export möglich, sobald die Berechnung abgeschlossen ist.',
    failed: 'Export fehlgeschlagen:',
    reproduce: 'Nachrechnen auf der Kommandozeile:',
  },
  en: {
    menu: 'Export results',
    menuHint: 'Every file names the scenario fingerprint, seed, policies and engine version; the command line reproduces it.',
    dailyCsv: 'Daily values per unit (CSV)',
    dailyJson: 'Daily values per unit, flows, KPIs (JSON)',
    kpisCsv: 'KPIs (CSV)',
    kpisJson: 'KPIs (JSON)',
    scenarioJson: 'Scenario (JSON)',
    preparing: 'Preparing the file …',
    notReady: 'Export is possible once the computation is complete.',
    failed: 'Export failed:',
    reproduce: 'Reproduce on the command line:',
  },
};
