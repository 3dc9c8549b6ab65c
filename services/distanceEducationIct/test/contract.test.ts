import { describeUnitContract } from '@sesao28/kit/testing';
import { unit } from '../src/index.js';

describeUnitContract(unit);
