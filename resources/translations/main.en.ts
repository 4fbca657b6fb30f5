<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
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
</TS>