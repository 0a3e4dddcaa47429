export * from './enums';
export * from './trades';
export * from './districts';
export * from './schemas';
export * from './entities';
export * from './pay';
