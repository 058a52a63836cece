import { describeGuarding } from './harness/guarding-suite';
import { xDriver } from './sites/x';

describeGuarding(xDriver);
