/** Thai text: digits, sara am, spacing, scores written by people, Buddhist-era dates, agency names. */
package ita.text;
