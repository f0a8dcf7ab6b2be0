export * from './text/normalize';
