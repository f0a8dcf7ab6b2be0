// Public shapes of the actor dictionary: who an actor is and where it is mentioned.
export type ActorKind =
  | 'state'
  | 'government'
  | 'military'
  | 'police'
  | 'armed_group'
  | 'rebels'
  | 'militia'
  | 'igo'
  | 'ngo'
  | 'party'
  | 'person'
  | 'media'
  | 'civilians'
  | 'other';

export interface ActorRef {
  id: string;
  name: string;
  kind: ActorKind;
  country: string | null;
}

export interface ActorMention {
  start: number;
  end: number;
  surface: string;
  actor: ActorRef;
}
