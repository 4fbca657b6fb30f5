<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name>PostersTab</name>
    <message numerus="yes">
      <source>Checker: %n error(s)</source>
      <translation>
        <numerusform>Checker: %n error</numerusform>
        <numerusform>Checker: %n errors</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>, %n warning(s)</source>
      <translation>
        <numerusform>, %n warning</numerusform>
        <numerusform>, %n warnings</numerusform>
      </translation>
    </message>
  </context>
</TS>