<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name>ActivityDialog</name>
    <message numerus="yes">
      <source>… and %n more rows</source>
      <translation>
        <numerusform>… and %n more row</numerusform>
        <numerusform>… and %n more rows</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>(%n bytes)</source>
      <translation>
        <numerusform>(%n bytes)</numerusform>
        <numerusform>(%n bytes)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ConnectDialog</name>
    <message numerus="yes">
      <source>Connected: a FlashDesk store with %n campaign(s).</source>
      <translation>
        <numerusform>Connected: a FlashDesk store with %n campaign.</numerusform>
        <numerusform>Connected: a FlashDesk store with %n campaigns.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>OverviewTab</name>
    <message numerus="yes">
      <source>(%n time(s) in this group)</source>
      <translation>
        <numerusform>(%n time in this group)</numerusform>
        <numerusform>(%n times in this group)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PersonalPostersDialog</name>
    <message numerus="yes">
      <source>Making %n poster(s)…</source>
      <translation>
        <numerusform>Making %n poster…</numerusform>
        <numerusform>Making %n posters…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n poster(s) made</source>
      <translation>
        <numerusform>%n poster made</numerusform>
        <numerusform>%n posters made</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n already there from an earlier run</source>
      <translation>
        <numerusform>%n already there from an earlier run</numerusform>
        <numerusform>%n already there from an earlier run</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n people without a poster</source>
      <translation>
        <numerusform>%n people without a poster</numerusform>
        <numerusform>%n people without a poster</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>… and %n more in the report file</source>
      <translation>
        <numerusform>… and %n more in the report file</numerusform>
        <numerusform>… and %n more in the report file</numerusform>
      </translation>
    </message>
  </context>
</TS>