/*
 * Our own list of formal English words and phrases with everyday alternatives, written for
 * vacancy texts, in the spirit of plain-language guidance. One entry a line: the words, "=",
 * then alternatives separated by ";".
 */
export const OFFICIAL = `
additional = extra; more
aforementioned = this; these
approximately = about
ascertain = find out
assist = help
commence = start; begin
commences = starts
commencement = start
demonstrable = clear; proven
demonstrate = show
endeavour = try
endeavor = try
facilitate = help; make possible
forthwith = now
henceforth = from now on
herewith = with this
individuals = people
notwithstanding = despite
obtain = get
proficiency = skill
purchase = buy
remuneration = pay
requirement = need
subsequently = later; then
sufficient = enough
terminate = end
utilise = use
utilising = using
utilize = use
utilizing = using
whereby = by which
prior to = before
in order to = to
in accordance with = under; in line with
with regard to = about
in the event that = if
in respect of = about; for
`;

/** Recruitment jargon with plain English. */
export const JARGON = `
competencies = skills
leverage = use
synergy = working together
stakeholders = people involved
deliverables = results
self-starter = you take the first step yourself
go-getter = you get things done
rockstar = skilled person
ninja = expert
fast-paced environment = busy workplace
hit the ground running = start quickly
think outside the box = find new ideas
out-of-the-box = new; creative
wear many hats = do many different tasks
`;
