/** Editors common to ATS admin screens: ProseMirror/TipTap, Quill, CKEditor 5, TinyMCE (iframe), plain fields. */
export const RICH_TEXT_EDITORS = [
  '.ProseMirror',
  '.ql-editor',
  '.ck-editor__editable',
  'iframe.tox-edit-area__iframe',
  '[contenteditable="true"]',
  '[contenteditable=""]',
  'textarea',
];
