<?xml version='1.0' encoding='UTF-8'?>
<xplan:XPlanAuszug xmlns:xplan="http://www.xplanung.de/xplangml/6/0" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.xplanung.de/xplangml/6/0 https://repository.gdi-de.org/schemas/de.xleitstelle.xplanung/6.0/XPlanung-Operationen.xsd" gml:id="Gml_B20603A7-83B5-5CFC-B69D-C9C29BCE5F06">
  <gml:boundedBy>
    <gml:Envelope srsName="EPSG:25832">
      <gml:lowerCorner>360370.000 5650012.000</gml:lowerCorner>
      <gml:upperCorner>360438.000 5650152.000</gml:upperCorner>
    </gml:Envelope>
  </gml:boundedBy>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="Gml_84AB3FA3-C40E-57C7-B16C-6692EF249F22">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360370.000 5650012.000</gml:lowerCorner>
          <gml:upperCorner>360438.000 5650152.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Bebauungsplan Nr. 12 „Am Lindenweg“</xplan:name>
      <xplan:nummer>12</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet beiderseits des Lindenwegs</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-01-15</xplan:technHerstellDatum>
      <xplan:erstellungsMassstab>1000</xplan:erstellungsMassstab>
      <xplan:technischerPlanersteller>Stadt Musterstadt, Fachbereich Planen und Bauen</xplan:technischerPlanersteller>
      <xplan:raeumlicherGeltungsbereich>
        <gml:Polygon gml:id="Gml_E3CFDE97-809F-5CE7-ABFA-E07A48E9D4C1" srsName="EPSG:25832">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>360438.000 5650012.000 360438.000 5650152.000 360370.000 5650152.000 360370.000 5650012.000 360438.000 5650012.000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:texte xlink:href="#Gml_4656CAEF-F976-5558-A0FD-D1A175255335"/>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>05999999</xplan:ags>
          <xplan:gemeindeName>Musterstadt</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10001</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2014-03-11</xplan:aufstellungsbeschlussDatum>
      <xplan:satzungsbeschlussDatum>2016-06-21</xplan:satzungsbeschlussDatum>
      <xplan:inkrafttretensDatum>2016-09-01</xplan:inkrafttretensDatum>
      <xplan:versionBauNVO>
        <xplan:XP_GesetzlicheGrundlage>
          <xplan:name>BauNVO</xplan:name>
          <xplan:datum>2017-11-21</xplan:datum>
        </xplan:XP_GesetzlicheGrundlage>
      </xplan:versionBauNVO>
      <xplan:versionBauGB>
        <xplan:XP_GesetzlicheGrundlage>
          <xplan:name>BauGB</xplan:name>
          <xplan:datum>2017-11-03</xplan:datum>
        </xplan:XP_GesetzlicheGrundlage>
      </xplan:versionBauGB>
      <xplan:bereich xlink:href="#Gml_69C5066C-8ED4-53E1-A9C8-F32997395430"/>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Bereich gml:id="Gml_69C5066C-8ED4-53E1-A9C8-F32997395430">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360370.000 5650012.000</gml:lowerCorner>
          <gml:upperCorner>360438.000 5650152.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:nummer>0</xplan:nummer>
      <xplan:name>Geltungsbereich</xplan:name>
      <xplan:geltungsbereich>
        <gml:Polygon gml:id="Gml_A44B1BF8-518E-5AF0-A25C-CA2A36A9D4C3" srsName="EPSG:25832">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>360438.000 5650012.000 360438.000 5650152.000 360370.000 5650152.000 360370.000 5650012.000 360438.000 5650012.000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:geltungsbereich>
      <xplan:planinhalt xlink:href="#Gml_8378FFA4-9A1D-58A7-A698-F1075380F99F"/>
      <xplan:planinhalt xlink:href="#Gml_8CBFAB30-C8B8-5592-9488-4B4C0CB8D421"/>
      <xplan:planinhalt xlink:href="#Gml_8766B8CE-18B9-5FCD-84CE-0A08F554E22B"/>
      <xplan:planinhalt xlink:href="#Gml_A53CFFCF-DF1E-5FB1-BB8D-7781B6BB3118"/>
      <xplan:planinhalt xlink:href="#Gml_50B08878-F57E-5660-A058-2DCF1A8CE6D2"/>
      <xplan:planinhalt xlink:href="#Gml_597D6423-330C-5451-8F53-BF8079F48ABF"/>
      <xplan:planinhalt xlink:href="#Gml_F6E36D0D-78B9-53BC-8D3B-FBD2DC2E6A06"/>
      <xplan:planinhalt xlink:href="#Gml_575582D5-1CC3-54CB-9177-A7D769CA926F"/>
      <xplan:planinhalt xlink:href="#Gml_1FEE96B6-86FA-586E-813B-184A52341B97"/>
      <xplan:planinhalt xlink:href="#Gml_B69CC484-ABB2-5290-B2D1-67F1BAF9B185"/>
      <xplan:planinhalt xlink:href="#Gml_5472B5B9-8EB3-57D0-8733-C204B514D3B5"/>
      <xplan:planinhalt xlink:href="#Gml_24508F72-4AA4-54C0-9DD3-ABC7A49D312B"/>
      <xplan:planinhalt xlink:href="#Gml_0A77080F-BB78-58BE-93B0-8A37C8B08DDF"/>
      <xplan:planinhalt xlink:href="#Gml_247B01D0-40AA-538C-9B7D-35EC7E1FC18A"/>
      <xplan:planinhalt xlink:href="#Gml_5509A81F-C668-556D-B784-327BE25F2A6D"/>
      <xplan:planinhalt xlink:href="#Gml_A333E9E8-7D9A-5560-A63B-EACC8C7F362A"/>
      <xplan:planinhalt xlink:href="#Gml_CC278B9E-536E-5800-A6F9-D4FE6DAF26E8"/>
      <xplan:planinhalt xlink:href="#Gml_465EA653-47D5-5BEA-9D68-A7A0628DA2AF"/>
      <xplan:planinhalt xlink:href="#Gml_E7D6769F-E4F5-516B-A4D5-A743C33EB9D5"/>
      <xplan:planinhalt xlink:href="#Gml_1A930ABA-19A8-5748-A108-1BE013BDCFB8"/>
      <xplan:planinhalt xlink:href="#Gml_93263AA8-996E-5146-97B2-DCBF082A87DF"/>
      <xplan:planinhalt xlink:href="#Gml_F76CDD9F-20C8-52AE-B6C8-DC915B83EE90"/>
      <xplan:planinhalt xlink:href="#Gml_EFB9A703-82F3-52CD-A672-8320CAABEA1B"/>
      <xplan:planinhalt xlink:href="#Gml_79F90A7D-DC07-55CF-B8EC-04990C03312B"/>
      <xplan:planinhalt xlink:href="#Gml_0960F8DE-C386-5A9E-9DE7-C3EFAFB81D1F"/>
      <xplan:planinhalt xlink:href="#Gml_F9F0ADEF-0E6A-54C1-87AB-F5837F1032EC"/>
      <xplan:planinhalt xlink:href="#Gml_E3456085-5640-580E-95AF-7798C729B6E5"/>
      <xplan:planinhalt xlink:href="#Gml_4807B209-79F4-5A69-AB12-96AA6B76F0C0"/>
      <xplan:planinhalt xlink:href="#Gml_49FA16B7-62BB-5B2F-AF03-B1EE1CE17B69"/>
      <xplan:planinhalt xlink:href="#Gml_AF039139-E655-5281-B5B5-F0884018F24D"/>
      <xplan:planinhalt xlink:href="#Gml_D2641D79-F6A4-5783-9817-C333CCCEDA27"/>
      <xplan:verfahren>1000</xplan:verfahren>
      <xplan:gehoertZuPlan xlink:href="#Gml_84AB3FA3-C40E-57C7-B16C-6692EF249F22"/>
    </xplan:BP_Bereich>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_TextAbschnitt gml:id="Gml_4656CAEF-F976-5558-A0FD-D1A175255335">
      <xplan:schluessel>§ 2 Nr. 1</xplan:schluessel>
      <xplan:text>In den allgemeinen Wohngebieten sind nur Einzel- und Doppelhäuser mit Sattel- oder Walmdach und einer Dachneigung von 30° bis 45° zulässig.</xplan:text>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
    </xplan:XP_TextAbschnitt>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="Gml_8378FFA4-9A1D-58A7-A698-F1075380F99F">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360370.000 5650012.000</gml:lowerCorner>
          <gml:upperCorner>360400.000 5650152.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_69C5066C-8ED4-53E1-A9C8-F32997395430"/>
      <xplan:aufschrift>WA 1</xplan:aufschrift>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="Gml_D76B1A22-6D5A-5562-989E-8C009F121FEB" srsName="EPSG:25832">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>360400.000 5650012.000 360400.000 5650152.000 360370.000 5650152.000 360370.000 5650012.000 360400.000 5650012.000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GFZ>0.8</xplan:GFZ>
      <xplan:GRZ>0.4</xplan:GRZ>
      <xplan:Z>2</xplan:Z>
      <xplan:allgArtDerBaulNutzung>1000</xplan:allgArtDerBaulNutzung>
      <xplan:besondereArtDerBaulNutzung>1200</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>1000</xplan:bauweise>
      <xplan:bebauungsArt>4000</xplan:bebauungsArt>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="Gml_8CBFAB30-C8B8-5592-9488-4B4C0CB8D421">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360408.000 5650012.000</gml:lowerCorner>
          <gml:upperCorner>360438.000 5650152.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_69C5066C-8ED4-53E1-A9C8-F32997395430"/>
      <xplan:aufschrift>WA 2</xplan:aufschrift>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="Gml_1E6F11CF-725F-5108-B6C5-667BA2687281" srsName="EPSG:25832">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>360438.000 5650012.000 360438.000 5650152.000 360408.000 5650152.000 360408.000 5650012.000 360438.000 5650012.000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GFZ>0.8</xplan:GFZ>
      <xplan:GRZ>0.4</xplan:GRZ>
      <xplan:Z>2</xplan:Z>
      <xplan:allgArtDerBaulNutzung>1000</xplan:allgArtDerBaulNutzung>
      <xplan:besondereArtDerBaulNutzung>1200</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>1000</xplan:bauweise>
      <xplan:bebauungsArt>4000</xplan:bebauungsArt>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:SO_Strassenverkehr gml:id="Gml_8766B8CE-18B9-5FCD-84CE-0A08F554E22B">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360400.000 5650012.000</gml:lowerCorner>
          <gml:upperCorner>360408.000 5650152.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_69C5066C-8ED4-53E1-A9C8-F32997395430"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="Gml_2FF0EAB0-79F1-55C4-912C-09EE2B150A9D" srsName="EPSG:25832">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>360408.000 5650012.000 360408.000 5650152.000 360400.000 5650152.000 360400.000 5650012.000 360408.000 5650012.000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:name>Lindenweg</xplan:name>
      <xplan:nutzungsform>2000</xplan:nutzungsform>
      <xplan:hatDarstellungMitBesondZweckbest>false</xplan:hatDarstellungMitBesondZweckbest>
    </xplan:SO_Strassenverkehr>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="Gml_A53CFFCF-DF1E-5FB1-BB8D-7781B6BB3118">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360382.000 5650015.000</gml:lowerCorner>
          <gml:upperCorner>360397.000 5650029.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_69C5066C-8ED4-53E1-A9C8-F32997395430"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="Gml_7408237B-27A6-5783-8CDD-C688CBDB4F4B" srsName="EPSG:25832">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>360397.000 5650015.000 360397.000 5650029.000 360382.000 5650029.000 360382.000 5650015.000 360397.000 5650015.000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:baugrenze xlink:href="#Gml_465EA653-47D5-5BEA-9D68-A7A0628DA2AF"/>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="Gml_50B08878-F57E-5660-A058-2DCF1A8CE6D2">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360411.000 5650015.000</gml:lowerCorner>
          <gml:upperCorner>360426.000 5650029.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_69C5066C-8ED4-53E1-A9C8-F32997395430"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="Gml_ADAD6691-9286-5219-9533-59EC1F706620" srsName="EPSG:25832">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>360426.000 5650015.000 360426.000 5650029.000 360411.000 5650029.000 360411.000 5650015.000 360426.000 5650015.000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:baugrenze xlink:href="#Gml_E7D6769F-E4F5-516B-A4D5-A743C33EB9D5"/>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="Gml_597D6423-330C-5451-8F53-BF8079F48ABF">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360382.000 5650035.000</gml:lowerCorner>
          <gml:upperCorner>360397.000 5650049.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_69C5066C-8ED4-53E1-A9C8-F32997395430"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="Gml_D76A9A0A-ECC0-597C-9680-57B98795BD04" srsName="EPSG:25832">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>360397.000 5650035.000 360397.000 5650049.000 360382.000 5650049.000 360382.000 5650035.000 360397.000 5650035.000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:baugrenze xlink:href="#Gml_1A930ABA-19A8-5748-A108-1BE013BDCFB8"/>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="Gml_F6E36D0D-78B9-53BC-8D3B-FBD2DC2E6A06">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360411.000 5650035.000</gml:lowerCorner>
          <gml:upperCorner>360426.000 5650049.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_69C5066C-8ED4-53E1-A9C8-F32997395430"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="Gml_08A58627-EA6F-59EA-9691-75264DA60F67" srsName="EPSG:25832">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>360426.000 5650035.000 360426.000 5650049.000 360411.000 5650049.000 360411.000 5650035.000 360426.000 5650035.000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:baugrenze xlink:href="#Gml_93263AA8-996E-5146-97B2-DCBF082A87DF"/>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="Gml_575582D5-1CC3-54CB-9177-A7D769CA926F">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360382.000 5650055.000</gml:lowerCorner>
          <gml:upperCorner>360397.000 5650069.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_69C5066C-8ED4-53E1-A9C8-F32997395430"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="Gml_E16BAC7D-C573-5E75-AB83-4141E775B419" srsName="EPSG:25832">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>360397.000 5650055.000 360397.000 5650069.000 360382.000 5650069.000 360382.000 5650055.000 360397.000 5650055.000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:baugrenze xlink:href="#Gml_F76CDD9F-20C8-52AE-B6C8-DC915B83EE90"/>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="Gml_1FEE96B6-86FA-586E-813B-184A52341B97">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360411.000 5650055.000</gml:lowerCorner>
          <gml:upperCorner>360426.000 5650069.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_69C5066C-8ED4-53E1-A9C8-F32997395430"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="Gml_F9F2B239-239D-5C3D-8824-3BA3019DB890" srsName="EPSG:25832">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>360426.000 5650055.000 360426.000 5650069.000 360411.000 5650069.000 360411.000 5650055.000 360426.000 5650055.000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:baugrenze xlink:href="#Gml_EFB9A703-82F3-52CD-A672-8320CAABEA1B"/>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="Gml_B69CC484-ABB2-5290-B2D1-67F1BAF9B185">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360382.000 5650075.000</gml:lowerCorner>
          <gml:upperCorner>360397.000 5650089.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_69C5066C-8ED4-53E1-A9C8-F32997395430"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="Gml_0A09D0CA-9D9C-5337-99AF-9FFDBC5E5880" srsName="EPSG:25832">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>360397.000 5650075.000 360397.000 5650089.000 360382.000 5650089.000 360382.000 5650075.000 360397.000 5650075.000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:baugrenze xlink:href="#Gml_79F90A7D-DC07-55CF-B8EC-04990C03312B"/>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="Gml_5472B5B9-8EB3-57D0-8733-C204B514D3B5">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360411.000 5650075.000</gml:lowerCorner>
          <gml:upperCorner>360426.000 5650089.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_69C5066C-8ED4-53E1-A9C8-F32997395430"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="Gml_44C08662-4B69-5CD2-993E-EA6E58714783" srsName="EPSG:25832">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>360426.000 5650075.000 360426.000 5650089.000 360411.000 5650089.000 360411.000 5650075.000 360426.000 5650075.000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:baugrenze xlink:href="#Gml_0960F8DE-C386-5A9E-9DE7-C3EFAFB81D1F"/>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="Gml_24508F72-4AA4-54C0-9DD3-ABC7A49D312B">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360382.000 5650095.000</gml:lowerCorner>
          <gml:upperCorner>360397.000 5650109.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_69C5066C-8ED4-53E1-A9C8-F32997395430"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="Gml_E5177E65-B154-5810-ABEB-DFFE32543705" srsName="EPSG:25832">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>360397.000 5650095.000 360397.000 5650109.000 360382.000 5650109.000 360382.000 5650095.000 360397.000 5650095.000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:baugrenze xlink:href="#Gml_F9F0ADEF-0E6A-54C1-87AB-F5837F1032EC"/>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="Gml_0A77080F-BB78-58BE-93B0-8A37C8B08DDF">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360411.000 5650095.000</gml:lowerCorner>
          <gml:upperCorner>360426.000 5650109.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_69C5066C-8ED4-53E1-A9C8-F32997395430"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="Gml_5A0AE27B-687D-52F4-BDF2-BB7D39ACFA10" srsName="EPSG:25832">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>360426.000 5650095.000 360426.000 5650109.000 360411.000 5650109.000 360411.000 5650095.000 360426.000 5650095.000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:baugrenze xlink:href="#Gml_E3456085-5640-580E-95AF-7798C729B6E5"/>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="Gml_247B01D0-40AA-538C-9B7D-35EC7E1FC18A">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360382.000 5650115.000</gml:lowerCorner>
          <gml:upperCorner>360397.000 5650129.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_69C5066C-8ED4-53E1-A9C8-F32997395430"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="Gml_FF68A8C5-D1DA-5A02-9E92-5C38D44437BC" srsName="EPSG:25832">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>360397.000 5650115.000 360397.000 5650129.000 360382.000 5650129.000 360382.000 5650115.000 360397.000 5650115.000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:baugrenze xlink:href="#Gml_4807B209-79F4-5A69-AB12-96AA6B76F0C0"/>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="Gml_5509A81F-C668-556D-B784-327BE25F2A6D">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360411.000 5650115.000</gml:lowerCorner>
          <gml:upperCorner>360426.000 5650129.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_69C5066C-8ED4-53E1-A9C8-F32997395430"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="Gml_2A9B9CA8-16F2-5BA8-873B-F781C4542A91" srsName="EPSG:25832">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>360426.000 5650115.000 360426.000 5650129.000 360411.000 5650129.000 360411.000 5650115.000 360426.000 5650115.000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:baugrenze xlink:href="#Gml_49FA16B7-62BB-5B2F-AF03-B1EE1CE17B69"/>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="Gml_A333E9E8-7D9A-5560-A63B-EACC8C7F362A">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360382.000 5650135.000</gml:lowerCorner>
          <gml:upperCorner>360397.000 5650149.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_69C5066C-8ED4-53E1-A9C8-F32997395430"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="Gml_D96B4FD3-2CDC-58BC-B2E1-E31633F6E7C3" srsName="EPSG:25832">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>360397.000 5650135.000 360397.000 5650149.000 360382.000 5650149.000 360382.000 5650135.000 360397.000 5650135.000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:Z>1</xplan:Z>
      <xplan:baugrenze xlink:href="#Gml_AF039139-E655-5281-B5B5-F0884018F24D"/>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="Gml_CC278B9E-536E-5800-A6F9-D4FE6DAF26E8">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360411.000 5650135.000</gml:lowerCorner>
          <gml:upperCorner>360426.000 5650149.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_69C5066C-8ED4-53E1-A9C8-F32997395430"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="Gml_224AED0C-C539-5AE9-B36F-6AB2BEF3E283" srsName="EPSG:25832">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>360426.000 5650135.000 360426.000 5650149.000 360411.000 5650149.000 360411.000 5650135.000 360426.000 5650135.000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:baugrenze xlink:href="#Gml_D2641D79-F6A4-5783-9817-C333CCCEDA27"/>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="Gml_465EA653-47D5-5BEA-9D68-A7A0628DA2AF">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360382.000 5650015.000</gml:lowerCorner>
          <gml:upperCorner>360397.000 5650029.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_69C5066C-8ED4-53E1-A9C8-F32997395430"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:LineString gml:id="Gml_B2DC8760-DA0A-567F-B1BF-E94AD7A09B51" srsName="EPSG:25832">
          <gml:posList>360397.000 5650015.000 360397.000 5650029.000 360382.000 5650029.000 360382.000 5650015.000 360397.000 5650015.000</gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="Gml_E7D6769F-E4F5-516B-A4D5-A743C33EB9D5">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360411.000 5650015.000</gml:lowerCorner>
          <gml:upperCorner>360426.000 5650029.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_69C5066C-8ED4-53E1-A9C8-F32997395430"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:LineString gml:id="Gml_53C7431B-F87A-50CC-B9F1-850971C39063" srsName="EPSG:25832">
          <gml:posList>360426.000 5650015.000 360426.000 5650029.000 360411.000 5650029.000 360411.000 5650015.000 360426.000 5650015.000</gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="Gml_1A930ABA-19A8-5748-A108-1BE013BDCFB8">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360382.000 5650035.000</gml:lowerCorner>
          <gml:upperCorner>360397.000 5650049.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_69C5066C-8ED4-53E1-A9C8-F32997395430"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:LineString gml:id="Gml_D8693977-37A7-5701-9BFF-43E0A94C6C60" srsName="EPSG:25832">
          <gml:posList>360397.000 5650035.000 360397.000 5650049.000 360382.000 5650049.000 360382.000 5650035.000 360397.000 5650035.000</gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="Gml_93263AA8-996E-5146-97B2-DCBF082A87DF">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360411.000 5650035.000</gml:lowerCorner>
          <gml:upperCorner>360426.000 5650049.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_69C5066C-8ED4-53E1-A9C8-F32997395430"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:LineString gml:id="Gml_2AFD6E87-A79D-5911-A324-C86FAE38CD91" srsName="EPSG:25832">
          <gml:posList>360426.000 5650035.000 360426.000 5650049.000 360411.000 5650049.000 360411.000 5650035.000 360426.000 5650035.000</gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="Gml_F76CDD9F-20C8-52AE-B6C8-DC915B83EE90">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360382.000 5650055.000</gml:lowerCorner>
          <gml:upperCorner>360397.000 5650069.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_69C5066C-8ED4-53E1-A9C8-F32997395430"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:LineString gml:id="Gml_0F8E70A5-0904-5539-A749-2986F443C074" srsName="EPSG:25832">
          <gml:posList>360397.000 5650055.000 360397.000 5650069.000 360382.000 5650069.000 360382.000 5650055.000 360397.000 5650055.000</gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="Gml_EFB9A703-82F3-52CD-A672-8320CAABEA1B">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360411.000 5650055.000</gml:lowerCorner>
          <gml:upperCorner>360426.000 5650069.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_69C5066C-8ED4-53E1-A9C8-F32997395430"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:LineString gml:id="Gml_694D5CE1-8776-5EC4-AF7E-6045AE054C27" srsName="EPSG:25832">
          <gml:posList>360426.000 5650055.000 360426.000 5650069.000 360411.000 5650069.000 360411.000 5650055.000 360426.000 5650055.000</gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="Gml_79F90A7D-DC07-55CF-B8EC-04990C03312B">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360382.000 5650075.000</gml:lowerCorner>
          <gml:upperCorner>360397.000 5650089.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_69C5066C-8ED4-53E1-A9C8-F32997395430"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:LineString gml:id="Gml_1F49FC05-5E96-5F15-AC08-AD60EE278C1E" srsName="EPSG:25832">
          <gml:posList>360397.000 5650075.000 360397.000 5650089.000 360382.000 5650089.000 360382.000 5650075.000 360397.000 5650075.000</gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="Gml_0960F8DE-C386-5A9E-9DE7-C3EFAFB81D1F">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360411.000 5650075.000</gml:lowerCorner>
          <gml:upperCorner>360426.000 5650089.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_69C5066C-8ED4-53E1-A9C8-F32997395430"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:LineString gml:id="Gml_11D0818A-94EA-5319-8984-9931703C674C" srsName="EPSG:25832">
          <gml:posList>360426.000 5650075.000 360426.000 5650089.000 360411.000 5650089.000 360411.000 5650075.000 360426.000 5650075.000</gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="Gml_F9F0ADEF-0E6A-54C1-87AB-F5837F1032EC">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360382.000 5650095.000</gml:lowerCorner>
          <gml:upperCorner>360397.000 5650109.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_69C5066C-8ED4-53E1-A9C8-F32997395430"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:LineString gml:id="Gml_CB88C592-A7AA-5446-937F-8D879291CE5A" srsName="EPSG:25832">
          <gml:posList>360397.000 5650095.000 360397.000 5650109.000 360382.000 5650109.000 360382.000 5650095.000 360397.000 5650095.000</gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="Gml_E3456085-5640-580E-95AF-7798C729B6E5">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360411.000 5650095.000</gml:lowerCorner>
          <gml:upperCorner>360426.000 5650109.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_69C5066C-8ED4-53E1-A9C8-F32997395430"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:LineString gml:id="Gml_61D228A9-DC1B-5579-9588-00DCBB77C985" srsName="EPSG:25832">
          <gml:posList>360426.000 5650095.000 360426.000 5650109.000 360411.000 5650109.000 360411.000 5650095.000 360426.000 5650095.000</gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="Gml_4807B209-79F4-5A69-AB12-96AA6B76F0C0">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360382.000 5650115.000</gml:lowerCorner>
          <gml:upperCorner>360397.000 5650129.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_69C5066C-8ED4-53E1-A9C8-F32997395430"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:LineString gml:id="Gml_43DC3168-11FC-5BA0-9538-432520B64DBF" srsName="EPSG:25832">
          <gml:posList>360397.000 5650115.000 360397.000 5650129.000 360382.000 5650129.000 360382.000 5650115.000 360397.000 5650115.000</gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="Gml_49FA16B7-62BB-5B2F-AF03-B1EE1CE17B69">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360411.000 5650115.000</gml:lowerCorner>
          <gml:upperCorner>360426.000 5650129.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_69C5066C-8ED4-53E1-A9C8-F32997395430"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:LineString gml:id="Gml_80CF4A5B-0260-5192-9B59-749103F0A7AB" srsName="EPSG:25832">
          <gml:posList>360426.000 5650115.000 360426.000 5650129.000 360411.000 5650129.000 360411.000 5650115.000 360426.000 5650115.000</gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="Gml_AF039139-E655-5281-B5B5-F0884018F24D">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360382.000 5650135.000</gml:lowerCorner>
          <gml:upperCorner>360397.000 5650149.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_69C5066C-8ED4-53E1-A9C8-F32997395430"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:LineString gml:id="Gml_76473AF0-9BD7-53F8-A199-CB87CB23BD91" srsName="EPSG:25832">
          <gml:posList>360397.000 5650135.000 360397.000 5650149.000 360382.000 5650149.000 360382.000 5650135.000 360397.000 5650135.000</gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="Gml_D2641D79-F6A4-5783-9817-C333CCCEDA27">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360411.000 5650135.000</gml:lowerCorner>
          <gml:upperCorner>360426.000 5650149.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_69C5066C-8ED4-53E1-A9C8-F32997395430"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:LineString gml:id="Gml_FA7705E7-B0C2-5D82-8C31-FDABA1BCF356" srsName="EPSG:25832">
          <gml:posList>360426.000 5650135.000 360426.000 5650149.000 360411.000 5650149.000 360411.000 5650135.000 360426.000 5650135.000</gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
</xplan:XPlanAuszug>
