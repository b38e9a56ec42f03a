import type { Agent, Macro, Priority, SavedView } from '../adapter/types.js';
import type { DemoAsset, DemoCustomer, DemoProject, DemoTeam } from './demo-types.js';

/** Static building blocks of the demo data set (people, companies, devices, text pools). */

export const ME_ID = 'agent-sam';

export const AGENTS: Agent[] = [
  { id: ME_ID, name: 'Sam Rivera', teamIds: ['team-service-desk', 'team-network'] },
  { id: 'agent-priya', name: 'Priya Natarajan', teamIds: ['team-security'] },
  { id: 'agent-jonas', name: 'Jonas Weber', teamIds: ['team-network'] },
  { id: 'agent-mei', name: 'Mei Chen', teamIds: ['team-service-desk'] },
  { id: 'agent-diego', name: 'Diego Alvarez', teamIds: ['team-service-desk'] },
  { id: 'agent-fatima', name: 'Fatima Okafor', teamIds: ['team-security'] },
];

export const TEAMS: DemoTeam[] = [
  { id: 'team-service-desk', name: 'Service desk' },
  { id: 'team-network', name: 'Network' },
  { id: 'team-security', name: 'Security' },
];

export const PROJECTS: DemoProject[] = [
  { id: 'proj-m365', name: 'M365 migration' },
  { id: 'proj-onboarding', name: 'Q4 onboarding' },
  { id: 'proj-office-move', name: 'Harbor office move' },
];

export const CUSTOMERS: DemoCustomer[] = [
  {
    id: '42',
    name: 'Ada',
    vip: true,
    email: 'ada@analytical-engines.example',
    csatRatings: [5, 5, 4, 5, 5],
    firstResponseMs: 12 * 60_000,
    contacts: [{ name: 'Ada', email: 'ada@analytical-engines.example' }],
  },
  {
    id: '11',
    name: 'Harbor Logistics',
    vip: true,
    email: 'it@harborlogistics.example',
    csatRatings: [5, 4, 5, 4, 4, 5, 5, 3],
    firstResponseMs: 18 * 60_000,
    contacts: [
      { name: 'Marcus Lee', email: 'marcus.lee@harborlogistics.example' },
      { name: 'Grace Kim', email: 'grace.kim@harborlogistics.example' },
    ],
    contract: {
      name: 'Harbor Logistics — Managed services',
      billing: 'Managed services — 40 h / month',
      hoursIncluded: 40,
      hoursUsed: 31.5,
    },
  },
  {
    id: '17',
    name: 'Kestrel Architects',
    vip: false,
    email: 'office@kestrel-arch.example',
    csatRatings: [4, 4, 5, 3],
    firstResponseMs: 41 * 60_000,
    contacts: [
      { name: 'Lina Haddad', email: 'lina@kestrel-arch.example' },
      { name: 'Tom Brennan', email: 'tom@kestrel-arch.example' },
    ],
    contract: {
      name: 'Kestrel Architects — Block hours',
      billing: 'Block hours — 20 h prepaid',
      hoursIncluded: 20,
      hoursUsed: 12.25,
    },
  },
  {
    id: '23',
    name: 'Brightline Dental',
    vip: false,
    email: 'admin@brightlinedental.example',
    csatRatings: [5, 5, 4],
    firstResponseMs: 25 * 60_000,
    contacts: [
      { name: 'Dr. Nora Quinn', email: 'nora.quinn@brightlinedental.example' },
      { name: 'Kevin Marsh', email: 'kevin@brightlinedental.example' },
    ],
    contract: { name: 'Brightline Dental — Managed security', billing: 'Per seat — 14 seats' },
  },
  {
    id: '31',
    name: 'Maple & Finch Law',
    vip: false,
    email: 'it@maplefinch.example',
    csatRatings: [4, 5, 5, 5, 4, 4],
    firstResponseMs: 22 * 60_000,
    contacts: [
      { name: 'Evelyn Finch', email: 'evelyn@maplefinch.example' },
      { name: 'Raj Mehta', email: 'raj.mehta@maplefinch.example' },
    ],
    contract: {
      name: 'Maple & Finch — Managed services',
      billing: 'Managed services — 60 h / month',
      hoursIncluded: 60,
      hoursUsed: 22,
    },
  },
  {
    id: '36',
    name: 'Pioneer Clinic',
    vip: false,
    csatRatings: [3, 4, 4],
    contacts: [
      { name: 'Front desk' },
      { name: 'Dr. Sofia Reyes', email: 'sreyes@pioneerclinic.example' },
    ],
    contract: { name: 'Pioneer Clinic — Break/fix', billing: 'Hourly, billed monthly' },
  },
  {
    id: '48',
    name: 'Oakridge School District',
    vip: false,
    email: 'helpdesk@oakridge-sd.example',
    csatRatings: [4, 3, 5, 4, 4, 5, 4],
    firstResponseMs: 35 * 60_000,
    contacts: [
      { name: 'Ben Carter', email: 'bcarter@oakridge-sd.example' },
      { name: 'Alma Ruiz', email: 'aruiz@oakridge-sd.example' },
    ],
    contract: {
      name: 'Oakridge SD — Education support',
      billing: 'Education support — 80 h / month',
      hoursIncluded: 80,
      hoursUsed: 64,
    },
  },
  {
    id: '55',
    name: 'Summit Bakery Co.',
    vip: false,
    email: 'jo@summitbakery.example',
    csatRatings: [],
    contacts: [{ name: 'Jo Summers', email: 'jo@summitbakery.example' }],
  },
];

const ok = (label: string) => ({ label, ok: true });
const bad = (label: string) => ({ label, ok: false });

export const ASSETS: DemoAsset[] = [
  {
    id: 'asset-lt-0142',
    name: 'LT-HARBOR-0142',
    os: 'Windows 11 Pro 23H2',
    cpu: 38,
    ram: 71,
    disk: 64,
    compliance: [ok('BitLocker'), bad('Patches current'), ok('Antivirus'), ok('Backup')],
    customerId: '11',
    sentinel: {
      posture: 'at_risk',
      findings: ['VPN client 4.2.1 has a known reconnect bug', '3 pending cumulative updates'],
    },
  },
  {
    id: 'asset-srv-fs01',
    name: 'SRV-FS01',
    os: 'Windows Server 2022',
    cpu: 22,
    ram: 58,
    disk: 94,
    compliance: [ok('BitLocker'), ok('Patches current'), ok('Antivirus'), ok('Backup')],
    customerId: '31',
    sentinel: { posture: 'secure', findings: [] },
  },
  {
    id: 'asset-ws-brd-07',
    name: 'WS-BRIGHTLINE-07',
    os: 'Windows 11 Pro 24H2',
    cpu: 91,
    ram: 83,
    disk: 47,
    compliance: [ok('BitLocker'), ok('Patches current'), bad('Antivirus'), ok('Backup')],
    customerId: '23',
    sentinel: {
      posture: 'compromised',
      findings: [
        'Outbound connection to known phishing domain login-m1crosoft.example',
        'Unsigned process "invoice_viewer.exe" running from Downloads',
        'Browser credential store read by an unknown process',
      ],
    },
  },
  {
    id: 'asset-nas-oak-01',
    name: 'NAS-OAK-01',
    os: 'Synology DSM 7.2',
    cpu: 12,
    ram: 35,
    disk: 81,
    compliance: [ok('Firmware current'), bad('Offsite backup')],
    customerId: '48',
    sentinel: { posture: 'secure', findings: [] },
  },
  {
    id: 'asset-srv-oak-fs02',
    name: 'SRV-OAK-FS02',
    os: 'Windows Server 2019',
    cpu: 67,
    ram: 88,
    disk: 72,
    compliance: [ok('BitLocker'), bad('Patches current'), ok('Antivirus'), ok('Backup')],
    customerId: '48',
    sentinel: { posture: 'at_risk', findings: ['SMBv1 enabled', 'RDP open to the internet'] },
  },
  {
    id: 'asset-prn-kes-3f',
    name: 'PRN-KESTREL-3F',
    os: 'HP FutureSmart 5.7',
    cpu: 3,
    ram: 20,
    disk: 10,
    compliance: [bad('Firmware current'), ok('Default password changed')],
    customerId: '17',
    sentinel: { posture: 'secure', findings: [] },
  },
  {
    id: 'asset-mbp-ada',
    name: 'ADA-MBP',
    os: 'macOS 15 Sequoia',
    cpu: 18,
    ram: 54,
    disk: 41,
    compliance: [ok('FileVault'), ok('Patches current'), ok('Antivirus')],
    customerId: '42',
    sentinel: { posture: 'secure', findings: [] },
  },
  {
    id: 'asset-pc-pio-rec',
    name: 'PC-PIONEER-RECEPTION',
    os: 'Windows 10 Pro 22H2',
    cpu: 45,
    ram: 77,
    disk: 58,
    compliance: [bad('OS supported'), ok('Antivirus'), bad('Backup')],
    customerId: '36',
    sentinel: { posture: 'at_risk', findings: ['Windows 10 is out of support'] },
  },
  {
    id: 'asset-lt-mf-ef',
    name: 'LT-MF-EFINCH',
    os: 'Windows 11 Pro 24H2',
    cpu: 27,
    ram: 49,
    disk: 38,
    compliance: [ok('BitLocker'), ok('Patches current'), ok('Antivirus'), ok('Backup')],
    customerId: '31',
    sentinel: { posture: 'secure', findings: [] },
  },
  {
    id: 'asset-lt-harbor-0188',
    name: 'LT-HARBOR-0188',
    os: 'Windows 11 Pro 23H2',
    cpu: 14,
    ram: 62,
    disk: 55,
    compliance: [ok('BitLocker'), ok('Patches current'), ok('Antivirus'), bad('Backup')],
    customerId: '11',
    sentinel: { posture: 'secure', findings: [] },
  },
];

export const MACROS: Macro[] = [
  {
    id: 'macro-ack',
    title: 'Acknowledge — investigating',
    body: "Thanks for reporting this. I'm looking into it now and will update you within the hour.",
  },
  {
    id: 'macro-restart',
    title: 'Ask to restart the device',
    body: 'Could you please restart the device and let me know if the problem persists? A full restart (not sleep) clears most stuck sessions.',
  },
  {
    id: 'macro-waiting',
    title: 'Waiting for your reply',
    body: "I've done what I can from our side for now. Could you confirm when you have a moment whether it works for you?",
    actions: { status: 'pending' },
  },
  {
    id: 'macro-resolved',
    title: 'Resolved — please confirm',
    body: "This should be fixed now. I'll mark the ticket as resolved; just reply if anything is still not right.",
    actions: { status: 'resolved' },
  },
  {
    id: 'macro-escalate-network',
    title: 'Escalate to network team',
    body: "I've escalated this to our network team, who will follow up with you shortly.",
    actions: { priority: 'high', assigneeId: 'agent-jonas' },
  },
];

export const SAVED_VIEWS: SavedView[] = [
  { id: 'sv-vpn', name: 'VPN issues', filter: { tags: ['vpn'] } },
  {
    id: 'sv-security-hot',
    name: 'Security — high & urgent',
    filter: { teamId: 'team-security', priority: ['high', 'urgent'] },
  },
  { id: 'sv-waiting', name: 'Waiting on customer', filter: { status: ['pending'] } },
];

/** Subject pool for generated tickets: subject, tags, team, optional project. */
export const SUBJECTS: readonly (readonly [string, string[], string, string?])[] = [
  ['Outlook crashes when opening the shared mailbox', ['email', 'm365'], 'team-service-desk'],
  ["Can't connect to Wi-Fi in conference room B", ['network', 'wifi'], 'team-network'],
  ['New starter needs laptop and accounts', ['onboarding'], 'team-service-desk', 'proj-onboarding'],
  ['Teams calls drop after 30 seconds', ['m365', 'voip'], 'team-network'],
  ['Scan to email fails on the copier', ['printer', 'email'], 'team-service-desk'],
  ['Firewall firmware update window', ['network', 'maintenance'], 'team-network'],
  ['Password expired, locked out of Windows', ['account'], 'team-service-desk'],
  ['Request: access to the finance share', ['access'], 'team-service-desk'],
  ['Monitor flickering on reception PC', ['hardware'], 'team-service-desk'],
  ['Antivirus alert on a workstation', ['security'], 'team-security'],
  ["QuickBooks won't open after update", ['software'], 'team-service-desk'],
  ['Slow internet at the branch office', ['network'], 'team-network'],
  ['Remove accounts of a former employee', ['offboarding', 'security'], 'team-security'],
  ['Laptop battery swelling', ['hardware'], 'team-service-desk'],
  ['Shared drive mapping missing after reboot', ['network', 'files'], 'team-network'],
  ['Calendar invites not arriving', ['email', 'm365'], 'team-service-desk', 'proj-m365'],
  ['Replace toner in 2nd floor printer', ['printer'], 'team-service-desk'],
  ['SSL certificate expiring on the client portal', ['security', 'maintenance'], 'team-security'],
  ['Zoom audio not working on laptop', ['software', 'voip'], 'team-service-desk'],
  ['Set up a new phone for the managing partner', ['mobile'], 'team-service-desk'],
  ['Server room temperature alert', ['hardware', 'monitoring'], 'team-network'],
  ['Excel macro blocked by policy', ['software', 'm365'], 'team-service-desk', 'proj-m365'],
  ['Add user to the sales distribution list', ['email'], 'team-service-desk'],
  ['VPN asks for MFA code twice', ['vpn', 'mfa'], 'team-network'],
  [
    'Move desks and network drops for the new wing',
    ['network'],
    'team-network',
    'proj-office-move',
  ],
  ['Suspicious sign-in from another country', ['security', 'm365'], 'team-security'],
  [
    'OneDrive sync stuck on "processing changes"',
    ['m365', 'files'],
    'team-service-desk',
    'proj-m365',
  ],
  ['Label printer prints blank labels', ['printer'], 'team-service-desk'],
];

/** Opening lines of generated customer messages. */
export const DETAILS = [
  'It started this morning and is affecting a few of us.',
  'This has happened a couple of times this week.',
  'Not urgent, but it slows us down.',
  'We need this sorted before the end of the day if possible.',
  'I already tried restarting, no luck.',
  'Screenshot attached.',
];

export const REPLIES = [
  "Thanks, I'm on it. I'll connect remotely in a few minutes to take a look.",
  'I can see the issue from our monitoring. Working on a fix now.',
  'Could you tell me roughly when this started and whether anyone else is affected?',
  "I've applied a fix on our side. Could you check whether it works for you now?",
];

export const NOTES = [
  'Checked the event log: nothing obvious. Will look at the GPO next.',
  'Customer is on the managed plan, this is billable under the contract.',
  'Same symptom as last month, probably the same root cause.',
  'Vendor case opened, waiting for their answer.',
];

/** Priority → SLA targets in minutes. */
export const SLA_TARGETS: Record<Priority, { firstResponse: number; resolution: number }> = {
  urgent: { firstResponse: 60, resolution: 8 * 60 },
  high: { firstResponse: 4 * 60, resolution: 24 * 60 },
  normal: { firstResponse: 8 * 60, resolution: 72 * 60 },
  low: { firstResponse: 24 * 60, resolution: 120 * 60 },
};
