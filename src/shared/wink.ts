import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let instance: WinkMethods | undefined;

/** wink-nlp with its English model, loaded once per process (about 120 ms) and shared by the stages that tag. */
export function loadWink(): WinkMethods {
  instance ??= winkNLP(model);
  return instance;
}
