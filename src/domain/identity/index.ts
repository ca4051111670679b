export * from './residentIdNumber';
export * from './unifiedCreditCode';
