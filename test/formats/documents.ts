// Realistic documents the format tests write: a saved news page with navigation, scripts, ads
// and an <article>; an RSS 2.0 feed with full content and a summary-only item; an Atom feed;
// a JSON Feed; a Hugo post; text copied from a browser.

/** A saved news page: metadata in the head, navigation, a script, ads, the article, a footer. */
export const newsPage = `<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>NATO calls China a decisive enabler | The Wire</title>
<meta property="og:site_name" content="The Wire">
<meta property="og:title" content="NATO calls China a “decisive enabler” of Russia’s war">
<meta property="article:published_time" content="2024-07-10T21:00:00-04:00">
<meta name="author" content="Jane Roe">
<link rel="canonical" href="https://wire.example/2024/07/nato-china">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"NATO calls China a “decisive enabler” of Russia’s war","author":[{"@type":"Person","name":"Jane Roe"}],"datePublished":"2024-07-10T21:00:00-04:00","publisher":{"@type":"Organization","name":"The Wire"}}</script>
<script>window.evil = "\\u001b]0;pwned\\u0007"; document.write("<p>Injected by a script</p>");</script>
<style>.ad { display: block }</style>
</head><body>
<a class="skip" href="#main">Skip to main content</a>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/china">China</a></li></ul></nav></header>
<div class="ad-slot"><p>Advertisement</p><iframe src="https://ads.example/x"></iframe></div>
<main id="main"><article>
<h1>NATO calls China a “decisive enabler” of Russia’s war</h1>
<p class="byline">By Jane Roe</p>
<p>WASHINGTON — NATO leaders on Wednesday called China a “decisive enabler” of Russia’s war against Ukraine, in the sharpest language the alliance has used about Beijing.</p>
<p>NATO Secretary General <a href="https://nato.int">Jens Stoltenberg</a> said China “cannot continue to fuel the largest war in Europe” without it affecting its interests and reputation.</p>
<h2>Beijing rejects the charge</h2>
<p>Lin Jian, a Chinese Foreign Ministry spokesperson, said on Thursday that the declaration was “full of Cold War mentality and belligerent rhetoric”, and that China <em>firmly opposes</em> it.</p>
<div class="ad-slot"><p>Advertisement</p></div>
<p>China has said it does not supply weapons to either side and that its trade with Russia is normal.</p>
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/x">Celebrity news</a></li></ul></aside>
<footer><p>© 2024 The Wire. All rights reserved.</p><p>We use cookies to improve your experience. By continuing you accept our cookie policy.</p></footer>
</body></html>`;

/** An RSS 2.0 feed: one item with full content, one with only a summary. */
export const rssFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Wire World</title><link>https://wire.example/</link><description>World news</description>
<item><title>NATO says China enables Russia’s war</title><link>https://wire.example/a</link>
<pubDate>Wed, 10 Jul 2024 09:00:00 GMT</pubDate><dc:creator>Jane Roe</dc:creator><category>China</category><category>NATO</category>
<description>NATO accused China.</description>
<content:encoded><![CDATA[<p>NATO Secretary General Jens Stoltenberg said China was a “decisive enabler” of Russia’s war.</p><p>Lin Jian, a Chinese Foreign Ministry spokesperson, said China firmly opposes the accusation.</p>]]></content:encoded></item>
<item><title>Beijing answers &#x1b;[31mred</title><link>https://wire.example/b</link><pubDate>Thu, 11 Jul 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;China’s foreign ministry denied the claims.&lt;/p&gt;</description></item>
</channel></rss>`;

/** An Atom feed: an entry with HTML content, one with only a summary. */
export const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:wire</id><updated>2024-07-11T00:00:00Z</updated>
<entry><title>Allies press China</title><id>urn:1</id><link rel="alternate" href="https://atom.example/1"/>
<published>2024-07-09T08:00:00Z</published><updated>2024-07-09T09:00:00Z</updated><author><name>Ann Lee</name></author>
<summary>Short.</summary><content type="html">&lt;p&gt;The allies said China must stop supplying Russia.&lt;/p&gt;</content></entry>
<entry><title>A summary only</title><id>urn:2</id><link href="https://atom.example/2"/><updated>2024-07-08T08:00:00Z</updated>
<summary>Only this summary.</summary></entry>
</feed>`;

/** A JSON Feed 1.1 with one item. */
export const jsonFeed = JSON.stringify({
	version: 'https://jsonfeed.org/version/1.1',
	title: 'JSON Wire',
	items: [{id: '1', url: 'https://json.example/1', title: 'China responds', content_text: 'China said the accusation was groundless.\n\nIt urged NATO to stop.', date_published: '2024-07-12T00:00:00Z', authors: [{name: 'Q. Writer'}], tags: ['China']}],
});

/** A Hugo post: YAML front matter with date, author, tags; Markdown links and emphasis in the text. */
export const hugoPost = `---
title: "NATO singles out China"
date: 2024-07-10T09:30:00-04:00
draft: false
author: Jane Roe
tags:
  - China
  - NATO
categories: [world]
---

# NATO singles out China

NATO Secretary General [Mark Rutte](https://www.nato.int/rutte) said China is a **decisive enabler** of the war.

## Beijing's answer

A Chinese Foreign Ministry spokesperson, *Lin Jian*, said the claim was groundless.
`;

/** Text copied from a browser page: skip link, menu, share and listen buttons, ads, a dateline, a cookie banner. */
export const browserCopy = `Skip to main content
Menu
Search
NATO allies call China a ‘key enabler’ of Russia’s war
Updated 9:30 AM EDT, July 9, 2024
Share
Listen to this article
4 min

NATO leaders said China was a “decisive enabler” of Russia’s war against Ukraine.

Advertisement

Lin Jian, a Chinese Foreign Ministry spokesperson, said the accusations were groundless.

We use cookies to personalise content and ads. By clicking Accept all, you consent to our use of cookies.
Accept all
`;
