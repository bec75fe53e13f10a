//! Whole documents in styles people paste: terse "who is hiring" posts,
//! bullet-list postings, corporate boilerplate, recruiter e-mail, Markdown
//! notes and AI-written analyses. Written for dossier; none is copied.

/// An HN "who is hiring" post: header line, terse body.
pub const HN_POST: &str = "Acme Robotics | Senior Backend Engineer | Berlin or Remote (EU) | Full-time | https://acme-robotics.example/jobs
We build the software that runs warehouse robots. Stack: Go, Postgres, k8s, gRPC, some Python for tooling. Small team, real ownership. Email jobs@acme-robotics.example with a few lines about something you built.
";

/// A second header style, with a YC batch and a comma in the title.
pub const HN_POST_YC: &str = "Globex (YC W21) | Infrastructure Engineer, Storage | San Francisco | ONSITE

We're a five-person team building object storage for ML workloads. You'd own the data path: Rust, io_uring, NVMe, and a lot of distributed systems work (Raft, erasure coding). Bonus: eBPF, Kubernetes operators.
";

/// A bullet-list posting with a title line and an "About" section.
pub const BULLETS: &str = "Senior Data Scientist
Northwind Analytics – New York, NY (Hybrid)

About the role
We are looking for a Senior Data Scientist to join our Growth team and help us understand what keeps shoppers coming back.

What you'll do
- Build forecasting models in Python and SQL
- Design and analyze A/B tests with product managers
- Ship models to production with Airflow and dbt

What we're looking for
- 5+ years of experience with Python (pandas, scikit-learn)
- A strong statistics background; Bayesian methods a plus
- Experience with Snowflake or BigQuery
- Excellent communication skills

About Northwind Analytics
Northwind Analytics helps mid-size retailers turn their sales data into decisions.
";

/// Long corporate boilerplate: labels, sections, EEO text and traps.
pub const CORPORATE: &str = "Job Title: Software Engineer II, Payments
Location: Austin, TX
Req ID: 48213

Company Overview
Initech Corporation is a Fortune 500 leader in logistics software, serving more than 4,000 customers worldwide. Our R&D center in Austin is growing fast.

Responsibilities:
* Design, develop and maintain Java / Spring Boot microservices on AWS
* Participate in code reviews and a shared on-call rotation
* React to production incidents calmly and write clear postmortems
* Work with the C-suite sponsors of the payments program

Qualifications:
* BS in Computer Science or equivalent experience
* 3+ years of professional experience in Java or C#
* Familiarity with Kafka, Docker and Kubernetes
* Experience with CI/CD pipelines (Jenkins, GitHub Actions)

Why Initech?
We excel at building systems that last. Go ahead and apply even if you don't meet every requirement.

About Us
Initech is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, national origin, disability or veteran status.
";

/// A recruiter's e-mail.
pub const RECRUITER_EMAIL: &str = "Subject: Staff Platform Engineer opportunity

Hi Sam,

I'm Jane, a technical recruiter at Hooli. I came across your profile and was impressed by your Terraform and Kubernetes work. We're hiring a Staff Platform Engineer to lead our internal developer platform (Argo CD, Helm, Backstage).

The team works mostly in Go and Python on GCP. Would you be open to a quick call next week?

Best,
Jane Doe
Talent Acquisition | Hooli
jane.doe@hooli.example
";

/// A personal Markdown note (body only, front matter removed).
pub const NOTE: &str = "# Umbrella Health — onsite notes

## Summary

Interviewed for the **Machine Learning Engineer** role on the Ranking team. Four rounds, one of them system design (a feature store).

## Stack

| Skill | Confidence |
|---|---|
| PyTorch | 4/5 |
| `C++` | 3/5 |
| Spark | 2/5 |

- They use **Golang** for serving and `Redis` for features.
- Go deeper on feature stores before the next round.
- [Their post on Kafka at scale](https://umbrella-health.example/blog/kafka)
- [My notes on Pied Piper](/notes/pied-piper-senior-sre/)
";

/// The shape of an AI-written analysis: chatty first line, two sections.
pub const ANALYSIS: &str = "Certainly! Here's a breakdown of the role:
Job Analysis:
This Senior Site Reliability Engineer position on Vandelay's Core Infrastructure team centers on keeping planet-scale services healthy. The engineer will spend most of the time in Python and Golang, automate toil with Terraform, and run Prometheus and Grafana for observability. Familiarity with Linux internals and networking is essential; experience with C is a plus.
Company Analysis:
Vandelay operates one of the largest import-export marketplaces in the world. Vandelay's culture prizes speed and ambition, and its R&D organization is unusually large. People who excel here react quickly to change and go the extra mile.
";

/// A LinkedIn-style posting: title line, then "Company · Location".
pub const LINKEDIN: &str = "Senior Software Engineer, Machine Learning Platform
Contoso · Seattle, WA (Hybrid)

About the job
At Contoso, we believe great tools make great teams.
You will:
• Design and build ML infrastructure using Kubernetes, Ray and Kubeflow
• Mentor junior engineers
Minimum qualifications:
• 5+ years with Python or Scala
Preferred:
• Experience with Spark, Airflow
Contoso is an equal opportunity employer and one of America's best workplaces.
";

/// An applicant-tracker page: "Title at Company" line.
pub const GREENHOUSE: &str = "Backend Engineer (Payments) at Ramp
New York, NY

Ramp is the finance automation platform for modern companies. You'll write Python and TypeScript against Postgres.
";

/// A terse post with dashes between the cells.
pub const HN_DASHES: &str =
    "Widgetron - Remote (US) - Senior Frontend Engineer - React/TypeScript - $150k-$190k
We make dashboards for farmers. Vue experience is fine too.
";

/// A recruiter's e-mail whose signature holds another job title.
pub const RECRUITER_SIGNATURE: &str = "Hi Alex,

We're hiring a Staff Platform Engineer at Initrode to own our Kubernetes platform. The stack is Go, Terraform and AWS.

Thanks,
Jane Doe
Senior Technical Recruiter | Initrode
";

/// A start-up's post with a title word outside the usual levels.
pub const FOUNDING: &str = "Founding Engineer at Lumio (YC S24)
We're two founders building AI agents for accountants. You'll work across the stack: Next.js, Python, Postgres, LLMs. Rust is a plus.
";
