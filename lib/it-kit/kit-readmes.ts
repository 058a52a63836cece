import { FIREFOX_ADDON_ID, UPDATE_URLS } from './kit-values';

// The README in each folder of the kit: short, plain steps for the person who runs the organisation's computers.

const WHAT_IT_IS = (settingName: string) => `Ask Yourself checks a nursery practitioner's social media post against the setting's safeguarding
policy before it is published. These files push ${settingName ? `${settingName}'s` : 'the setting’s'} policy to every work browser,
so staff cannot change or switch off the rules on their own computer. Values set this way show as
"Set by your organisation" on the extension's options page and cannot be changed there.

The files hold the rules, word lists, consent tags, the setting's own contact details, staff names and
the decision-log settings. They never hold the roster of children: children's names and consent stay
on each setting's own computers and are entered there.

If a value cannot be used (a typing mistake, say), the options page names it under "Your organisation's
policy has values that could not be used", and every other value still applies.`;

export const KIT_README = (settingName: string, extensionId: string) => `Ask Yourself: a kit for your IT team
====================================

${WHAT_IT_IS(settingName)}

Extension id used in these files: ${extensionId} (Chrome and Edge), ${FIREFOX_ADDON_ID} (Firefox).
If your copy of the extension came from a store under another id, make the kit again on the options page
with that id.

Folders
- chrome-and-edge-windows: registry files, for Group Policy Preferences, Intune or by hand.
- macos: configuration profiles (.mobileconfig) for Jamf, Intune, Kandji or by hand.
- linux: JSON files for Chrome, Chromium and Edge.
- firefox: policies.json.
- google-admin-console: the JSON to upload for managed Chrome browsers and ChromeOS.

To make the protection hard to remove, also force-install the extension (each folder says how) and
consider turning off developer tools for staff (the DeveloperToolsAvailability policy).
`;

export const WINDOWS_README = (extensionId: string) => `Chrome and Edge on Windows
==========================

1. The policy
   - Chrome: ask-yourself-chrome-policy.reg
   - Edge:   ask-yourself-edge-policy.reg
   Each writes the extension's values under
   HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\<Google\\Chrome or Microsoft\\Edge>\\3rdparty\\extensions\\${extensionId}\\policy
   Double-click it as an administrator, or import the values with Group Policy Preferences (Registry items)
   or an Intune script. Lists are written as JSON text, which Chrome and Edge read by the extension's schema.

2. Force-install the extension (so staff cannot remove or switch it off)
   - force-install-chrome.reg / force-install-edge.reg add entry "1" to ExtensionInstallForcelist.
     If your organisation already uses entry 1 for something else, change the number in the file first.
   - If you use ExtensionSettings instead, add the entry in extension-settings-chrome.json or
     extension-settings-edge.json to your existing ExtensionSettings value (it replaces the whole value,
     so merge rather than overwrite).
   The update addresses are the Chrome Web Store's (${UPDATE_URLS.chrome})
   and the Edge Add-ons store's (${UPDATE_URLS.edge}).
   If you host the extension yourselves, put your own update address after the semicolon.

3. Check: open chrome://policy (or edge://policy) and press "Reload policies". The values appear under
   the extension's id. Then open the extension's options page: the fields show "Set by your organisation".
`;

export const MACOS_README = (extensionId: string) => `Chrome and Edge on macOS
========================

1. ask-yourself-policy.mobileconfig sets the extension's values for Chrome
   (com.google.Chrome.extensions.${extensionId}) and Edge (com.microsoft.Edge.extensions.${extensionId}).
   Upload it to your device management (Jamf, Intune, Kandji...) as a custom configuration profile,
   or double-click it on one Mac and approve it in System Settings > Privacy & Security > Profiles.

2. ask-yourself-force-install.mobileconfig force-installs the extension in both browsers
   (ExtensionInstallForcelist). If you already push ExtensionInstallForcelist, add its entry to yours
   instead, as a second profile setting the same key would conflict.

3. Check: chrome://policy (or edge://policy), "Reload policies".
`;

export const LINUX_README = (extensionId: string) => `Chrome, Chromium and Edge on Linux
==================================

The same policy file is here once for each browser, at the path it reads:
  etc/opt/chrome/policies/managed/ask-yourself.json   Google Chrome
  etc/chromium/policies/managed/ask-yourself.json     Chromium (Debian and Ubuntu packages)
  etc/opt/edge/policies/managed/ask-yourself.json     Microsoft Edge

Copy the one for your browser to the same path under / as root, e.g.
  sudo install -D -m 644 etc/opt/chrome/policies/managed/ask-yourself.json /etc/opt/chrome/policies/managed/ask-yourself.json
The file sets the values for extension ${extensionId} under "3rdparty". Restart the browser, or open
chrome://policy and press "Reload policies".

force-install/ask-yourself-force-install.json force-installs the extension (ExtensionInstallForcelist).
Put it beside the policy file. If another file in that folder already sets ExtensionInstallForcelist,
add the entry to that file instead: two files setting the same policy conflict.
`;

export const FIREFOX_README = `Firefox
=======

policies.json sets the add-on's values under "3rdparty" > "Extensions" > "${FIREFOX_ADDON_ID}".

Where it goes:
  Windows: C:\\Program Files\\Mozilla Firefox\\distribution\\policies.json
  macOS:   /Applications/Firefox.app/Contents/Resources/distribution/policies.json
  Linux:   /etc/firefox/policies/policies.json
Firefox reads only one policies.json. If you already have one, copy the "3rdparty" part into it.

To force-install the add-on, add an "ExtensionSettings" entry for ${FIREFOX_ADDON_ID} with
"installation_mode": "force_installed" and "install_url" set to where your organisation keeps the
add-on's .xpi file.

Check: open about:policies in Firefox.
`;

export const GOOGLE_ADMIN_README = (extensionId: string) => `Google Admin console (managed Chrome browsers and ChromeOS)
===========================================================

1. Admin console > Devices > Chrome > Apps & extensions > Users & browsers (or Managed browsers).
2. Choose the organisational unit, add the extension by its id (${extensionId}) and set it to
   "Force install".
3. In the extension's settings, under "Policy for extensions", upload or paste ask-yourself-policy.json.
   Each value is written as { "Value": ... }, the format the console expects.
4. Save. Browsers pick the policy up within a few hours, or at once from chrome://policy > "Reload policies".
`;
