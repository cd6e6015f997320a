import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JSDOM } from 'jsdom';
import { readPageMetadata, toIsoDate, webAddress } from './html-metadata.ts';

function documentOf(head: string, url = 'https://offprint.invalid/page.html'): Document {
  return new JSDOM(`<!DOCTYPE html><html><head>${head}</head><body></body></html>`, { url }).window.document;
}

test('the canonical link is the page address, resolved and only when it is a web address', () => {
  assert.equal(
    readPageMetadata(documentOf('<link rel="canonical" href="https://news.example.org/a?b=1">')).canonicalUrl,
    'https://news.example.org/a?b=1',
  );
  assert.equal(
    readPageMetadata(documentOf('<meta property="og:url" content="/story">', 'https://news.example.org/x'))
      .canonicalUrl,
    'https://news.example.org/story',
  );
  assert.equal(readPageMetadata(documentOf('<link rel="canonical" href="story.html">')).canonicalUrl, undefined);
  assert.equal(
    readPageMetadata(documentOf('<link rel="canonical" href="javascript:alert(1)">')).canonicalUrl,
    undefined,
  );
});

test('a publication date comes from the page head as YYYY-MM-DD', () => {
  assert.equal(
    readPageMetadata(documentOf('<meta property="article:published_time" content="2015-07-24T05:36:09+01:00">'))
      .publishedAt,
    '2015-07-24',
  );
  assert.equal(
    readPageMetadata(documentOf('<meta name="DC.date" content="30 August 2002">')).publishedAt,
    '2002-08-30',
  );
  assert.equal(readPageMetadata(documentOf('<meta name="date" content="soon">')).publishedAt, undefined);
});

test('a language comes from Content-Language or og:locale when the page names one', () => {
  assert.equal(readPageMetadata(documentOf('<meta http-equiv="Content-Language" content="ja, en">')).language, 'ja');
  assert.equal(readPageMetadata(documentOf('<meta property="og:locale" content="pt_BR">')).language, 'pt-BR');
  assert.equal(
    readPageMetadata(documentOf('<meta property="og:locale" content="not a language">')).language,
    undefined,
  );
});

test('dates are read as the publisher wrote them, in any common form', () => {
  assert.equal(toIsoDate('2019-01-03T23:30:00.000-08:00'), '2019-01-03');
  assert.equal(toIsoDate('2017-11-03 03:01:00.000000'), '2017-11-03');
  assert.equal(toIsoDate('August 30, 2002'), '2002-08-30');
  assert.equal(toIsoDate('Tue, 03 Sep 2002 12:00:00 GMT'), '2002-09-03');
  assert.equal(toIsoDate('2002-02-30'), undefined);
  assert.equal(toIsoDate('yesterday'), undefined);
});

test('only http and https addresses other than the stand-in host are web addresses', () => {
  assert.equal(webAddress('https://a.example/x', 'https://offprint.invalid/'), 'https://a.example/x');
  assert.equal(webAddress('mailto:a@example.org', 'https://offprint.invalid/'), undefined);
  assert.equal(webAddress('https://offprint.invalid/page.html', 'https://offprint.invalid/'), undefined);
  assert.equal(webAddress('', 'https://offprint.invalid/'), undefined);
});
