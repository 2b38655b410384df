/**
 * Three-digit ZIP prefixes whose areas held 20,000 people or fewer at the 2000 Census: Safe
 * Harbor lets a ZIP3 stay only when its area is larger, so these must be written as 000. Source:
 * HHS, "Guidance Regarding Methods for De-identification of PHI" (2012), §2.4, as copied in
 * privacy-rules-research.md §1 B. HHS warns the list follows the 2000 Census.
 */
export const RESTRICTED_ZIP3: ReadonlySet<string> = new Set([
  '036', '059', '063', '102', '203', '556', '692', '790', '821', '823', '830', '831', '878', '879',
  '884', '890', '893',
]);
