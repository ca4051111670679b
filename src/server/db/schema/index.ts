export * from './cases';
export * from './people';
export * from './reference';
export * from './audit';
export * from './clock';
export * from './fees';
export * from './service';
export * from './transparency';
