<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name>CustomersTab</name>
    <message numerus="yes">
      <source>%n people</source>
      <translation>
        <numerusform>%n people</numerusform>
        <numerusform>%n people</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n follow-ups</source>
      <translation>
        <numerusform>%n follow-ups</numerusform>
        <numerusform>%n follow-ups</numerusform>
      </translation>
    </message>
  </context>
</TS>