<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name>RunModeWindow</name>
    <message numerus="yes">
      <source>Due on {date} at {time}, in %n day(s)</source>
      <translation>
        <numerusform>Due on {date} at {time}, in %n day</numerusform>
        <numerusform>Due on {date} at {time}, in %n days</numerusform>
      </translation>
    </message>
  </context>
</TS>