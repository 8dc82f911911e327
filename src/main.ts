import 'reflect-metadata';
console.log('hello');
