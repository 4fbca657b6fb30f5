<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name>RecordsPage</name>
    <message numerus="yes">
      <source>%n row(s)</source>
      <translation>
        <numerusform>%n row</numerusform>
        <numerusform>%n rows</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Delete %n row(s) from {table}</source>
      <translation>
        <numerusform>Delete %n row from {table}</numerusform>
        <numerusform>Delete %n rows from {table}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Paste %n row(s) into {table}</source>
      <translation>
        <numerusform>Paste %n row into {table}</numerusform>
        <numerusform>Paste %n rows into {table}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReviewService</name>
    <message numerus="yes">
      <source>{where}: %n row(s) recorded twice ({sample}). Choose whether the new numbers or the recorded ones win.</source>
      <translation>
        <numerusform>{where}: %n row recorded twice ({sample}). Choose whether the new numbers or the recorded ones win.</numerusform>
        <numerusform>{where}: %n rows recorded twice ({sample}). Choose whether the new numbers or the recorded ones win.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReviewTab</name>
    <message numerus="yes">
      <source>Also counted: %n channel-day(s) from published posts in the warm-up calendar (their participants, likes and comments). A row here for the same channel and day replaces that day's posts.</source>
      <translation>
        <numerusform>Also counted: %n channel-day from published posts in the warm-up calendar (their participants, likes and comments). A row here for the same channel and day replaces that day's posts.</numerusform>
        <numerusform>Also counted: %n channel-days from published posts in the warm-up calendar (their participants, likes and comments). A row here for the same channel and day replaces that day's posts.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Also counted: %n day-group(s) of paid orders from imported shop exports (Customers tab), with the group's members from its member export. A row here for the same day and group replaces them.</source>
      <translation>
        <numerusform>Also counted: %n day-group of paid orders from imported shop exports (Customers tab), with the group's members from its member export. A row here for the same day and group replaces them.</numerusform>
        <numerusform>Also counted: %n day-groups of paid orders from imported shop exports (Customers tab), with the group's members from its member export. A row here for the same day and group replaces them.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) recorded</source>
      <translation>
        <numerusform>%n day recorded</numerusform>
        <numerusform>%n days recorded</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n participant(s)</source>
      <translation>
        <numerusform>%n participant</numerusform>
        <numerusform>%n participants</numerusform>
      </translation>
    </message>
  </context>
</TS>