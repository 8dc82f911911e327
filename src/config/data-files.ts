import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from './paths.js';

/** Reads a JSON file shipped under data/. */
export function readDataFile<T>(...parts: string[]): T {
  return JSON.parse(readFileSync(join(DATA_DIR, ...parts), 'utf8')) as T;
}

export interface ReferenceUnitsFile {
  asOf: string;
  city: { code: string; name: string; level: 'city'; validFrom?: string };
  units: { code: string; name: string; kind: string; level: 'commune'; validFrom?: string }[];
}

export interface DemoFile {
  label: string;
  version: number;
  departments: { key: string; code: string; name: string; parentCode: string }[];
  officials: {
    key: string;
    unitCode: string;
    fullName: string;
    title: string;
    position: 'head' | 'deputy' | 'member';
    body: 'party' | 'government';
  }[];
  venues: { key: string; unitCode: string; name: string; address: string }[];
  users: {
    username: string;
    fullName?: string;
    title?: string;
    roles: string[];
    unitCode: string;
    officialKey?: string;
  }[];
}
