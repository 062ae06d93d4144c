/** What a council's deployment would fill in, with made-up ids, for checking the package. */
export const sampleValues = {
  TEAMS_APP_ID: '3b9f2d4e-1c7a-4e8b-9f60-2a1d5c7e9b13',
  BOT_ID: '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  BOT_DOMAIN: 'board-assistant-medway.azurewebsites.net',
  DEVELOPER_NAME: 'Medway Council',
  DEVELOPER_WEBSITE_URL: 'https://www.medway.gov.uk',
  PRIVACY_URL: 'https://www.medway.gov.uk/privacy',
  TERMS_OF_USE_URL: 'https://www.medway.gov.uk/terms',
  APP_VERSION: '1.2.0',
};
