import { createContext } from 'preact';
import type { ItemChange } from '../../lib/checklist-store/item-updates';

/**
 * How an item change is saved. Pages in the extension's own tab write the database directly
 * (the default, undefined here); the in-page panel frame provides a writer that goes through the
 * background. A writer throws ItemChangeError when the change is refused.
 */
export type SaveItem = (itemId: string, change: ItemChange) => Promise<void>;

export const ChecklistWriterContext = createContext<SaveItem | undefined>(undefined);
