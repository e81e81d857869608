import { describe, expect, it } from 'vitest';
import { isGenericMailbox } from '../../../lib/page/generic-mailbox';

describe('an organisation’s own mailboxes', () => {
  it.each([
    'werkenbij@bakkerij.example',
    'stagebureau@roc.example',
    'mailto:noreply@ats.example',
    'bpv-bureau@example.nl',
    'hr-team@zorg.example',
    'stage.desk@school.example',
  ])('%s names no person', (address) => expect(isGenericMailbox(address)).toBe(true));

  it.each(['imane.elidrissi@example.nl', 'j.de-vries@student.roc.nl', 'bram.oost@example.org', 'teamleider.bos@zorg.example'])(
    '%s is someone’s',
    (address) => expect(isGenericMailbox(address)).toBe(false),
  );
});
