import type { Lexicon, LexiconEntry } from './types';

/** What is done with data. */
export type Action = 'collect' | 'share' | 'sell' | 'combine' | 'retain' | 'track' | 'use';

const receive: LexiconEntry<Action> = {
  id: 'collect',
  sense: 'receive',
  gloss: 'data handed to the actor: receive, obtain, be given access',
  inflect: 'verb',
  terms: ['receive', 'obtain', 'get * from', 'have access to', 'gain access to', 'be given', 'be provided with', 'get access to', '(can|cannot|can not|will|may|never|do not|does not) see'],
  not: ['receive (marketing|promotional|newsletters|emails|communications|offers|messages|notifications|updates|texts|text messages|sms|calls|alerts|reminders|all|a|an|the service|services|payment|payments)'],
  examples: { yes: ['advertisers may receive your email address', 'sponsors obtain your name', 'the information we get from these sources'], no: ['you will receive newsletters', 'get in touch with us'] },
};

const reach: LexiconEntry<Action> = {
  id: 'collect',
  sense: 'reach',
  gloss: 'another company contacting the user: it could only do so with the data it was given',
  inflect: 'verb',
  terms: ['(contact|call|email|e mail|phone|text|message) you'],
  // "the contacts you uploaded" names a contact list, not a call.
  not: ['(the|your|any|all|those|these|my|his|her|their|uploaded|imported|synced|saved) (contacts|calls|emails|messages|texts) you'],
  examples: { yes: ['our group companies may call you about their products'], no: ['we collect', 'we keep the contacts you uploaded'] },
};

const collect: LexiconEntry<Action> = {
  id: 'collect',
  gloss: 'data comes to the actor: collect, access, read, upload, sync, import (and receive, obtain: see `receive`)',
  inflect: 'verb',
  terms: [
    'collect', 'gather', 'access', 'read', 'scan', 'upload', 'sync', 'synchronize',
    'synchronise', 'import', 'capture', 'record', 'log', 'retrieve', 'extract', 'copy', 'request', 'ask * for', 'derive',
    'infer', 'determine', 'detect', 'look up', 'pull', 'compile', 'intercept', 'listen to', 'review', 'estimate', 'work out',
    'download',
  ],
  nouns: ['collection', 'upload', 'uploading', 'access to', 'import of', 'syncing', 'synchronization', 'synchronisation', 'capture of', '(app|device|phone|mobile) permissions'],
  not: ['request that', 'requested by you', 'log (in|into|on|out|off)'],
  examples: { yes: ['we collect', 'is uploaded', 'we may access', 'synced', 'the upload of your contacts', 'the car may download your contacts'], no: ['you will receive newsletters', 'log in to your account'] },
};

const share: LexiconEntry<Action> = {
  id: 'share',
  gloss: 'data goes from the actor to a recipient: share, disclose, provide, transfer, make available',
  inflect: 'verb',
  terms: [
    'share', 'disclose', 'provide', 'transfer', 'make * available', 'pass [on|along]', 'hand over', 'release', 'furnish',
    'supply', 'distribute', 'send', 'transmit', 'give', 'grant * access', 'allow * to access', 'allow * access to', 'forward', 'report',
    'communicate', 'expose', 'publish', 'pass * to', 'reveal', 'tell us',
  ],
  nouns: ['disclosure', 'sharing', 'transfer', 'transmission', 'provision'],
  not: ['(provide|provides|provided|providing) you', '(send|sends|sent|sending) you', '(give|gives|gave|giving) you', 'report (abuse|a problem|an issue|to you)', 'communicate with', 'going forward'],
  examples: { yes: ['we may share', 'is disclosed', 'make your data available', 'passed on to', 'disclosure to advertisers'], no: ['to provide you with our services', 'we send you emails', 'to stop sending you promotional materials'] },
};

const letContact: LexiconEntry<Action> = {
  id: 'share',
  sense: 'contact',
  gloss: 'letting others reach the user: they can only do so with the data they were given',
  inflect: 'verb',
  terms: ['(let|allow|permit|enable) * [to] (contact|email|call|text|reach|send) you'],
  examples: { yes: ['we may let our sponsors contact you', 'we allow marketers to send you offers'], no: ['we may contact you'] },
};

const shown: LexiconEntry<Action> = {
  id: 'share',
  sense: 'shown',
  gloss: "the user's data shown to others: its subject is the data ('your name may appear in ads')",
  inflect: 'verb',
  terms: ['appear in', 'appear on', 'be (shown|displayed) (in|on|to)'],
  examples: { yes: ['your name may appear in sponsored content'], no: ['as it appears'] },
};

const sell: LexiconEntry<Action> = {
  id: 'sell',
  gloss: 'data given for money or value: sell, rent, lease, trade, barter',
  inflect: 'verb',
  terms: ['sell', 'rent', 'lease', 'trade', 'barter', 'monetize', 'monetise', 'license', 'exchange * for (money|value|payment|compensation|consideration|something of value)'],
  nouns: ['sale of', 'sales of', 'rental of', 'selling of', '(for|on) sale', '(considered|deemed|constitutes|constitute|treated as|qualify as|qualifies as) [a] ["] (sale|selling)'],
  not: ['do not sell [or share] my', '(exchange|exchanges) (rate|rates|commission)', 'stock exchange', 'trade (secrets|secret|names|name|marks|mark|shows|show|associations|compliance|unions|commission)', 'federal trade', '(buy|buying) and (sell|selling)', '(sell|sells|sold|selling) (ads|advertising|ad space|advertising space|advertisements|subscriptions)', 'exchange of (messages|information with you)',
    // "license" the noun: "a business license", "driver's license number".
    "(a|the|this|your|our|any|such|business|driver's|drivers|driving|software|professional|limited|personal|content) (license|licence|licenses|licences)", '(license|licence) (number|numbers|plate|plates|agreement|agreements|terms|key|keys|fee|fees|information|details)'],
  examples: { yes: ['we do not sell', 'may be sold', 'rent your data', 'the sale of personal information', 'we may license your data to partners'], no: ['trade shows', 'exchange rates', 'we make money by selling ads', 'your business license information', "driver's license number"] },
};

const profile: LexiconEntry<Action> = {
  id: 'combine',
  sense: 'profile',
  gloss: 'data joined into a profile of the user',
  inflect: 'verb',
  terms: ['(build|create|develop|compile) * (profile|profiles)'],
  examples: { yes: ['we build profiles of your interests', 'to create a profile about you'], no: ['your profile page'] },
};

const exchange: LexiconEntry<Action> = {
  id: 'sell',
  sense: 'exchange',
  gloss: 'data traded with another company: a sale when the other side is a third party',
  inflect: 'verb',
  terms: ['exchange', 'swap'],
  not: ['(exchange|exchanges) (rate|rates|commission)', 'stock exchange', 'exchange of (messages|information with you)',
    // "license" the noun: "a business license", "driver's license number".
    "(a|the|this|your|our|any|such|business|driver's|drivers|driving|software|professional|limited|personal|content) (license|licence|licenses|licences)", '(license|licence) (number|numbers|plate|plates|agreement|agreements|terms|key|keys|fee|fees|information|details)'],
  examples: { yes: ['we may exchange your personal information with other companies'], no: ['exchange rates'] },
};

const buy: LexiconEntry<Action> = {
  id: 'sell',
  sense: 'buy',
  gloss: 'a sale seen from the buyer: data partners buy or purchase data',
  inflect: 'verb',
  terms: ['buy', 'purchase', 'pay for'],
  not: ['(buy|purchase) (a|an|the|our|products|goods|items|tickets|subscriptions|games|services|from us)'],
  examples: { yes: ['data partners that purchase this information'], no: ['when you purchase a subscription'] },
};

const combine: LexiconEntry<Action> = {
  id: 'combine',
  gloss: 'data joined with other data: combine, merge, link, match, supplement, enrich',
  inflect: 'verb',
  terms: ['combine', 'merge', 'link', 'match', 'associate', 'supplement', 'enrich', 'append', 'cross reference', 'correlate', 'compare', 'tie'],
  nouns: ['combination', 'matching', 'linking'],
  // A link as a thing ("your referral link", "a unique link") joins nothing.
  not: ['links to', 'link to', 'linked to (other|third party) (sites|websites)', 'match you with', 'matches you with', '(our|the|these|those|affiliate|such|a|an|any|all|some|other|external|your|their|his|her|this|that|referral|unique|invite|invitation|download|sharing|share|web|personal) (links|link)'],
  examples: { yes: ['we may combine it with', 'is linked with', 'supplement the information', 'we link your purchases to your account'], no: ['links to other websites', 'shares their unique referral link'] },
};

const retain: LexiconEntry<Action> = {
  id: 'retain',
  gloss: 'data kept: retain, keep, store, hold, preserve, archive',
  inflect: 'verb',
  terms: ['retain', 'keep', 'store', 'hold', 'preserve', 'archive', 'maintain'],
  nouns: ['retention', 'storage'],
  not: ['keep (you|in mind|track)', 'hold (harmless|us)', 'maintain (security|safeguards|appropriate|reasonable|the security)'],
  examples: { yes: ['we retain', 'is stored', 'kept for'], no: ['keep you informed', 'keep in mind'] },
};

const track: LexiconEntry<Action> = {
  id: 'track',
  gloss: "following the user's activity: track, monitor, profile",
  inflect: 'verb',
  terms: ['track', 'monitor', 'follow * across', 'observe'],
  nouns: ['tracking', 'monitoring', 'profiling'],
  not: ['track (your|the) (order|orders|package|packages|shipment|shipments|delivery)', 'keep track'],
  examples: { yes: ['we track', 'monitored', 'profiling'], no: ['track your order'] },
};

const use: LexiconEntry<Action> = {
  id: 'use',
  gloss: 'data put to a purpose: use, process, analyse',
  inflect: 'verb',
  terms: ['use', 'process', 'analyze', 'analyse', 'utilize', 'utilise', 'leverage', 'rely on', 'employ', 'personalize', 'personalise', 'tailor', 'customize', 'customise'],
  nouns: ['use of', 'processing', 'usage of', 'analysis of'],
  // "while the app is in use", "terms of use": a state or a title, not data put to a purpose.
  not: ['in use', 'terms of use', 'ease of use'],
  examples: { yes: ['we use', 'processed', 'the processing of'], no: ['we collect', 'while the app is in use'] },
};

/** Actions, in the order a tie on the same words is settled. */
export const ACTIONS: Lexicon<Action> = { cls: 'action', entries: [sell, exchange, buy, share, letContact, shown, receive, reach, collect, combine, profile, retain, track, use] };
