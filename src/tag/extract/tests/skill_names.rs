//! Tools, standards and methods whose names are also words, people's
//! names or other things' initials: each counts only where it stands as a
//! skill.

use super::*;

#[test]
fn developer_tools_named_like_words_count_only_as_tools() {
    check(&[
        ("Builds with Maven and Nexus.", &["Maven", "Sonatype Nexus"]),
        ("Manage Cisco ASA & Nexus platforms.", &["Cisco"]),
        (
            "Reviews in Gerrit, Jira and Git.",
            &["Gerrit Code Review", "Jira", "Git"],
        ),
        ("Ask Gerrit de Vries about the team.", &[]),
        ("Logs in Seq and Kibana.", &["Seq", "Kibana"]),
        (
            "Profile with perf and Valgrind.",
            &["Linux perf", "Valgrind"],
        ),
        ("Our perf review cycle runs twice a year.", &[]),
        (
            "Haskell services (Servant, Persistent/Esqueleto).",
            &["Haskell", "Servant", "Persistent", "Esqueleto"],
        ),
        ("Persistent and curious, you learn fast.", &[]),
        ("A Servant leader at heart.", &[]),
        (
            "Run chaos experiments with Gremlin.",
            &["Chaos Engineering", "Gremlin"],
        ),
        (
            "Conformance testing with Inferno and Touchstone.",
            &["Conformance Testing", "Inferno", "Touchstone"],
        ),
        ("Our book club reads Dante's Inferno.", &[]),
        ("A Gremlin got into the printer again.", &[]),
        ("Touchstone Energy is our neighbour.", &[]),
        ("Seq Lee leads the hiring panel.", &[]),
        ("Docs in Markdown/MDX.", &["Markdown", "MDX"]),
        (
            "Read results in BigQuery, Mode and Looker.",
            &["BigQuery", "Mode Analytics", "Looker"],
        ),
        ("Dark Mode ships next week.", &[]),
        (
            "Prototype in ProtoPie or Principle.",
            &["ProtoPie", "Principle"],
        ),
        ("Our guiding Principle is candour.", &[]),
        (
            "React Server Components and Suspense.",
            &["React", "React Suspense"],
        ),
        ("Deploy with Jenkins and Harness.", &["Jenkins", "Harness"]),
        ("Harness the power of your data.", &[]),
        ("Suspense novels fill the office library.", &[]),
        ("MDX Health is a client of ours.", &[]),
    ]);
}

#[test]
fn initials_of_standards_and_methods_count_only_in_lists_of_skills() {
    check(&[
        (
            "Evaluation metrics (NDCG, MAP, MRR).",
            &["NDCG", "Mean Average Precision (MAP)", "MRR"],
        ),
        ("Follow our MAP pricing policy.", &[]),
        (
            "Experience with PID, Simulink and Stateflow.",
            &["PID Control", "Simulink", "Stateflow"],
        ),
        ("Quote your PID number on the form.", &[]),
        (
            "Debug link performance (OSNR, BER, chromatic dispersion).",
            &["OSNR", "Bit Error Rate (BER)", "Chromatic Dispersion"],
        ),
        ("Fly from BER to the office.", &[]),
        (
            "Open architectures (MOSA, FACE, OMS/UCI).",
            &[
                "Modular Open Systems Approach (MOSA)",
                "Future Airborne Capability Environment (FACE)",
                "OMS/UCI",
            ],
        ),
        ("FACE TO FACE INTERVIEWS ON SITE", &[]),
        (
            "Connectivity over Bluetooth and Wi-Fi.",
            &["Bluetooth Low Energy (BLE)", "Wi-Fi"],
        ),
        ("Free Wi-Fi in the office.", &[]),
        (
            "Experience with RFID or NFC.",
            &["RFID", "Near Field Communication (NFC)"],
        ),
        ("Watch the NFC Championship with us.", &[]),
        (
            "Support ATO packages (RMF, ATO, FedRAMP).",
            &[
                "Risk Management Framework (RMF)",
                "Authority to Operate (ATO)",
                "FedRAMP",
            ],
        ),
        ("Stop ATO fraud on customer accounts.", &[]),
        (
            "Plan exercises for continuity of operations (COOP).",
            &["Continuity of Operations (COOP)"],
        ),
        (
            "We ensure continuity of operations making use of remote tools.",
            &[],
        ),
        ("Hire a COOP student each summer.", &[]),
        (
            "Cost models for truckload, LTL and intermodal.",
            &["Less-Than-Truckload (LTL)", "Intermodal"],
        ),
        (
            "Claims (837, 835, 270/271) with the revenue team.",
            &["EDI 837", "EDI 835", "EDI 270/271"],
        ),
        ("Visit us at Suite 837, Main Street.", &[]),
        (
            "Query planning, indexing, partitioning.",
            &["Query Planning", "Data Partitioning"],
        ),
        ("Partitioning the office into team rooms.", &[]),
        (
            "Sequential testing and power analysis.",
            &["Sequential Testing", "Statistical Power Analysis"],
        ),
        ("Power analysis of the chip draws on our lab.", &[]),
    ]);
}

#[test]
fn product_names_that_are_words_count_only_as_products() {
    check(&[
        (
            "Reporting Workbench, Clarity and Caboodle.",
            &["Epic Reporting Workbench", "Epic Clarity", "Epic Caboodle"],
        ),
        ("Clarity of thought matters here.", &[]),
        (
            "HMI screens in FactoryTalk View and Ignition.",
            &[
                "Human-Machine Interface (HMI)",
                "FactoryTalk View",
                "Ignition SCADA",
            ],
        ),
        ("Ignition interlock devices are our product.", &[]),
        (
            "Reports in Caboodle, Cogito and Clarity.",
            &["Epic Caboodle", "Epic Cogito", "Epic Clarity"],
        ),
        ("Cogito is our speech analytics vendor.", &[]),
        (
            "Meaningful Use/Promoting Interoperability rules.",
            &["Meaningful Use", "Promoting Interoperability"],
        ),
        (
            "Make meaningful use of data while promoting interoperability.",
            &[],
        ),
        ("Write best execution reporting in q.", &["Best Execution"]),
        ("We strive for the best execution of our plans.", &[]),
        (
            "Integrate conveyors, sortation and AutoStore.",
            &["Conveyors", "Sortation", "AutoStore"],
        ),
        ("Conveyors of good news, we answer fast.", &[]),
        (
            "Software in Common Q and Ovation DCS.",
            &["Common Q", "Ovation DCS"],
        ),
        ("A common q&a session follows.", &[]),
    ]);
}

#[test]
fn named_tools_that_are_also_words_need_their_context() {
    let v = vocab();
    let mut wrong = Vec::new();
    for (input, want) in [
        (
            "Detections in YARA, Sigma and KQL.",
            vec!["YARA", "Sigma", "Kusto Query Language (KQL)"],
        ),
        ("Certified in Six Sigma.", vec!["Six Sigma"]),
        (
            "Purple-team exercises with Atomic Red Team, Caldera and Ghidra.",
            vec!["Atomic Red Team", "Caldera", "Ghidra"],
        ),
        ("Hotels in the Caldera region.", vec![]),
        (
            "Firewall policy in Panorama.",
            vec!["Firewalls", "Panorama"],
        ),
        ("Enjoy a panorama of the bay.", vec![]),
        (
            "Pipelines in GitHub Actions and Harness.",
            vec!["GitHub Actions", "Harness"],
        ),
        ("Harness your curiosity.", vec![]),
        (
            "Administer Pacemaker clusters and LVM.",
            vec!["Pacemaker", "LVM"],
        ),
        ("The patient has a pacemaker fitted.", vec![]),
        (
            "Some R (tidyverse, admiral) is a plus.",
            vec!["R", "tidyverse", "admiral"],
        ),
        ("The admiral retired.", vec![]),
        ("Report results in Allure.", vec!["Allure"]),
        ("The allure of the city.", vec![]),
        (
            "Plant controls (T3000, Mark VIe, Ovation or similar).",
            vec!["Omnivise T3000", "Mark VIe", "Ovation DCS"],
        ),
        ("A standing ovation.", vec![]),
        (
            "Software (System 1 and Cordant) for refineries.",
            vec!["System 1", "Cordant"],
        ),
        ("System 1 thinking is fast.", vec![]),
        (
            "Substation traffic: DNP3, GOOSE, MMS.",
            vec!["DNP3", "GOOSE", "MMS"],
        ),
        ("A goose crossed the road.", vec![]),
        (
            "Products through the stage-gate NPI process.",
            vec!["Stage-Gate", "NPI"],
        ),
        ("Enter your NPI number.", vec![]),
        (
            "Kaizen events, SMED and standard work.",
            vec!["Kaizen", "SMED", "Standard Work"],
        ),
        ("Standard work hours apply.", vec![]),
        (
            "Modernize legacy Struts and EJB modules.",
            vec!["Struts", "EJB"],
        ),
        ("He struts across the stage.", vec![]),
    ] {
        let got = skills(input, &v);
        if got != want {
            wrong.push(format!("{input:?}: got {got:?}, want {want:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn concepts_named_with_common_nouns_count_only_in_their_sense() {
    check(&[
        (
            "Build dashboards in Tableau and track KPIs.",
            &["Dashboards", "Tableau", "KPIs"],
        ),
        ("The car dashboard shows the speed.", &[]),
        (
            "Batch and streaming pipelines with Kafka.",
            &["Batch Processing", "Streaming", "Apache Kafka"],
        ),
        ("Our video streaming platform has 2M users.", &[]),
        (
            "Write C++ middleware on Linux.",
            &["C++", "Middleware", "Linux"],
        ),
        (
            "Prepare quarterly forecasts in Excel.",
            &["Forecasting", "Excel"],
        ),
        ("The weather forecast says rain.", &[]),
        (
            "Harden the software supply chain with SBOMs.",
            &["Software Bill of Materials (SBOM)"],
        ),
        (
            "Requirements: experience in supply chain and logistics.",
            &["Supply Chain", "Logistics"],
        ),
        (
            "Provide technical support to GIS users.",
            &["Technical Support", "GIS"],
        ),
        ("Technical Support Engineer II, Round Rock.", &[]),
        (
            "Lead FAT and SAT with equipment builders.",
            &[
                "Factory Acceptance Testing (FAT)",
                "Site Acceptance Testing (SAT)",
            ],
        ),
        ("Date: Sat, Jul 11, 2026.", &[]),
        (
            "Query Iceberg tables with Athena and Dataflow.",
            &["Apache Iceberg", "Amazon Athena", "Google Dataflow"],
        ),
        ("My team at athena is hiring.", &[]),
        ("Trading systems for FX and rates.", &["FX"]),
        ("Write Power Fx formulas.", &["Power Fx"]),
        (
            "Follow change control for every release.",
            &["Change Control"],
        ),
        (
            "Own finance design through cutover and hypercare.",
            &["Cutover", "Hypercare"],
        ),
    ]);
}
