import type { Policy } from '../../../lib/policy/policy';

/**
 * A setting of our own for the newer rules' tables, unlike either development set:
 * other names (several also everyday words), carers and staff.
 */
export const otherSetting: Policy = {
  version: 1,
  settingName: 'Bramble Hill Nursery',
  roster: [
    { name: 'Poppy Adeyemi', socialMediaConsent: true, carers: ['Adaeze Adeyemi'] },
    { name: 'Hugo Kowalczyk', socialMediaConsent: true, carers: ['Piotr Kowalczyk'] },
    { name: 'Zainab Hussain', socialMediaConsent: true, carers: ['Rukhsana Hussain'] },
    { name: 'Ruby Sharma', socialMediaConsent: true, carers: ['Anil Sharma'] },
    { name: 'Alfie O\'Connor', socialMediaConsent: true },
    { name: 'Ivy Nolan', socialMediaConsent: false, carers: ['Sinead Nolan'] },
    { name: 'Kai Mensah', socialMediaConsent: false, carers: ['Kwame Mensah'] },
    { name: 'Florence Dubois', socialMediaConsent: false },
    { name: 'Jasper Reid', socialMediaConsent: false, carers: ['Fiona Reid'] },
    { name: 'Leo Nguyen', socialMediaConsent: false, carers: ['Thanh Nguyen'] },
  ],
  staff: ['Nadia Rahman', 'Gareth Pugh', 'Siobhan Doyle', 'Precious Okafor'],
  consentTags: ['#parentsagreed'],
};
