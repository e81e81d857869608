import { downloadText } from '../download';

/** Offer a CSV text as a download (UTF-8 with BOM, so spreadsheet programs read the accents). */
export function downloadCsv(fileName: string, csv: string): void {
  downloadText(fileName, ['\uFEFF', csv], 'text/csv;charset=utf-8');
}
